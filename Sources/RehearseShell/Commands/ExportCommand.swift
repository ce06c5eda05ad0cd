import ArgumentParser
import Foundation
import RehearseLocalization
import RehearseStore

extension ExportFormat: ExpressibleByArgument {}

/// Exports recorded answers to a file, for team leads.
struct ExportCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "export", abstract: Localizer.current(.cliExportAbstract))
  }
  static let section = CommandSection.practice

  @OptionGroup var options: ExportOptions

  @Option(
    name: .long, help: ArgumentHelp(Localizer.current(.cliFilterTraineeHelp), valueName: "name"))
  var trainee: String?

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliFilterTeamHelp), valueName: "team"))
  var team: String?

  func validate() throws {
    for (option, value) in [("--trainee", trainee), ("--team", team)]
    where value?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true {
      throw ValidationError(Localizer.current(.cliEmptyName, option))
    }
  }

  func run(in session: ShellSession) throws {
    guard let recorder = session.recorder else {
      throw ShellError(session.localize(.practiceNoStore))
    }
    guard options.out != nil else { throw ShellError(session.localize(.exportNeedsOut)) }
    try options.export(
      from: recorder.store, trainee: trainee, team: team, localize: session.localize,
      output: session.output,
      errors: session.errors)
  }
}

/// What to export and where: shared by the `export` subcommand and the shell's `export`.
///
/// The trainee and team filters are not here: on the command line they are the global
/// `--trainee` and `--team`, which the parser gives to whichever command declares them.
public struct ExportOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(Localizer.current(.cliExportFormatHelp), valueName: "csv|json|xapi"))
  public var format: ExportFormat

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliExportOutHelp), valueName: "file"))
  public var out: String?

  @Flag(name: .long, help: ArgumentHelp(Localizer.current(.cliExportSummaryHelp)))
  public var summary = false

  @Option(
    name: .customLong("home-page"),
    help: ArgumentHelp(Localizer.current(.cliExportHomePageHelp), valueName: "url"))
  public var homePage: String?

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliFilterPackHelp), valueName: "pack"))
  public var pack: String?

  @Option(
    name: .long, help: ArgumentHelp(Localizer.current(.cliFilterSinceHelp), valueName: "date"))
  public var since: String?

  @Option(
    name: .long, help: ArgumentHelp(Localizer.current(.cliFilterUntilHelp), valueName: "date"))
  public var until: String?

  public init() {}

  public func validate() throws {
    for value in [since, until].compactMap({ $0 })
    where DateArgument.parse(value, endOfDay: false) == nil {
      throw ValidationError(Localizer.current(.cliBadDate, value))
    }
    if summary, format != .csv {
      throw ValidationError(Localizer.current(.cliExportSummaryNeedsCSV))
    }
  }

  /// `--home-page`, then `REHEARSE_XAPI_HOMEPAGE`: needed for xAPI, which names each trainee's
  /// account by it; an address that is not http(s) is refused.
  public func settings(environment: [String: String], localize: Localizer) throws -> ExportSettings
  {
    var settings = ExportSettings(format: format, summary: summary)
    guard format == .xapi else { return settings }
    guard
      let page = homePage
        ?? environment["REHEARSE_XAPI_HOMEPAGE"].flatMap({
          $0.isEmpty ? nil : $0
        })
    else {
      throw ShellError(localize(.cliExportNeedsHomePage))
    }
    guard let url = URL(string: page), ["http", "https"].contains(url.scheme?.lowercased()),
      url.host?.isEmpty == false
    else {
      throw ShellError(localize(.cliExportBadHomePage, VisibleText.safe(page)))
    }
    settings.homePage = page
    return settings
  }

  public func filter(trainee: String?, team: String?) -> AttemptFilter {
    AttemptFilter(
      trainee: trainee, team: team, pack: pack,
      since: since.flatMap { DateArgument.parse($0, endOfDay: false) },
      until: until.flatMap { DateArgument.parse($0, endOfDay: true) })
  }

  /// Writes the export to `out`, or to `output` when there is no file; says what it did on `errors`.
  public func export(
    from store: any ScoreStore, trainee: String?, team: String?, localize: Localizer,
    output: TextOutput,
    errors: TextOutput
  ) throws {
    let settings = try settings(
      environment: ProcessInfo.processInfo.environment, localize: localize)
    let filter = filter(trainee: trainee, team: team)
    let progress = ExportProgress(errors: errors, total: { try? store.count(matching: filter) })
    defer { progress.finish() }
    guard let out else {
      let writer = ExportWriter { block in
        output.write(String(decoding: block, as: UTF8.self))
        if let error = output.writeError {
          throw ShellError(localize(.cliCannotWriteOutput, ExportFile.describe(error)))
        }
      }
      _ = try settings.export(
        from: store, matching: filter, localize: localize, to: writer, progress: progress.update)
      return
    }
    var count = 0
    do {
      try ExportFile.write(to: out) { writer in
        count = try settings.export(
          from: store, matching: filter, localize: localize, to: writer, progress: progress.update)
      }
    } catch ExportFile.Failure.danglingLink {
      throw ShellError(localize(.cliNotAFileToReplace, VisibleText.safe(out)))
    } catch ExportFile.Failure.system(let error) {
      throw ShellError(
        localize(.cliCannotWriteBecause, VisibleText.safe(out), ExportFile.describe(error)))
    }
    progress.finish()
    errors.line(localize(.cliExported, count, VisibleText.safe(out)))
  }
}

/// Dates on the command line: `2026-11-22` (a local day) or a full ISO 8601 time.
public enum DateArgument {
  /// A day given alone means its start, or with `endOfDay` the start of the next day, so that
  /// `--until 2026-11-30` includes the 30th.
  public static func parse(_ text: String, endOfDay: Bool) -> Date? {
    let day = DateFormatter()
    day.locale = Locale(identifier: "en_US_POSIX")
    day.dateFormat = "yyyy-MM-dd"
    if let date = day.date(from: text) {
      return endOfDay ? Calendar.current.date(byAdding: .day, value: 1, to: date) : date
    }
    return ISO8601DateFormatter().date(from: text)
  }
}
