import ArgumentParser
import Foundation
import RehearseLocalization
import RehearseShell
import RehearseStore

extension ExportFormat: ExpressibleByArgument {}

/// `rehearse export`: every recorded attempt, filtered, as CSV, JSON or xAPI.
struct ExportSubcommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export", abstract: Localizer.current(.cliExportAbstract),
      discussion: Localizer.current(.cliExportDiscussion))
  }

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliExportFormatHelp), valueName: "csv|json|xapi"))
  var format: ExportFormat

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliExportOutHelp), valueName: "file"))
  var out: String?

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliFilterTraineeHelp), valueName: "name"))
  var trainee: String?

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliFilterTeamHelp), valueName: "team"))
  var team: String?

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliFilterPackHelp), valueName: "pack"))
  var pack: String?

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliFilterSinceHelp), valueName: "date"))
  var since: String?

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.cliFilterUntilHelp), valueName: "date"))
  var until: String?

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    for value in [since, until].compactMap({ $0 }) where DateArgument.parse(value, endOfDay: false) == nil {
      throw ValidationError(Localizer.current(.cliBadDate, value))
    }
  }

  func run() throws {
    let localize = Localizer.current
    let environment = ProcessInfo.processInfo.environment
    guard let path = StoreLocation.path(option: global.db, environment: environment) else {
      throw CommandFailure(message: localize(.cliNoDatabasePath), status: .usageOrContent)
    }
    guard FileManager.default.fileExists(atPath: path) else {
      throw CommandFailure(message: localize(.cliNoDatabase, path), status: .usageOrContent)
    }
    let filter = AttemptFilter(
      trainee: trainee, team: team, pack: pack,
      since: since.flatMap { DateArgument.parse($0, endOfDay: false) },
      until: until.flatMap { DateArgument.parse($0, endOfDay: true) })
    let attempts = try ScoreStore.open(path: path).attempts(matching: filter)
    let data = try format.render(attempts, localize: localize)
    if let out {
      do {
        try data.write(to: URL(fileURLWithPath: out), options: .atomic)
      } catch {
        throw CommandFailure(message: localize(.cliCannotWrite, out), status: .failure)
      }
      StandardStream.error.line(localize(.cliExported, attempts.count, out))
    } else {
      data.withUnsafeBytes { bytes in
        StandardStream.output.write(String(decoding: bytes, as: UTF8.self))
      }
    }
  }
}

/// Dates on the command line: `2026-11-22` (a local day) or a full ISO 8601 time.
enum DateArgument {
  /// A day given alone means its start, or with `endOfDay` the start of the next day, so that
  /// `--until 2026-11-30` includes the 30th.
  static func parse(_ text: String, endOfDay: Bool) -> Date? {
    let day = DateFormatter()
    day.locale = Locale(identifier: "en_US_POSIX")
    day.dateFormat = "yyyy-MM-dd"
    if let date = day.date(from: text) {
      return endOfDay ? Calendar.current.date(byAdding: .day, value: 1, to: date) : date
    }
    return ISO8601DateFormatter().date(from: text)
  }
}
