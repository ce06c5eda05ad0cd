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
    let attempts = try store.attempts(matching: filter(trainee: trainee, team: team))
    let data = try format.render(attempts, localize: localize)
    guard let out else {
      output.write(String(decoding: data, as: UTF8.self))
      if let error = output.writeError {
        throw ShellError(localize(.cliCannotWriteOutput, ExportFile.describe(error)))
      }
      return
    }
    do {
      try ExportFile.write(data, to: out)
    } catch .danglingLink {
      throw ShellError(localize(.cliNotAFileToReplace, VisibleText.safe(out)))
    } catch .system(let error) {
      throw ShellError(
        localize(.cliCannotWriteBecause, VisibleText.safe(out), ExportFile.describe(error)))
    }
    errors.line(localize(.cliExported, attempts.count, VisibleText.safe(out)))
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
