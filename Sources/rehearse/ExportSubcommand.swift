import ArgumentParser
import Foundation
import RehearseLocalization
import RehearseShell
import RehearseStore
import RehearseStoreSQLite

/// `rehearse export`: every recorded attempt, filtered, as CSV, JSON or xAPI.
struct ExportSubcommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export", abstract: Localizer.current(.cliExportAbstract),
      discussion: Localizer.current(.cliExportDiscussion))
  }

  @OptionGroup var options: ExportOptions

  /// `--trainee` and `--team`, here filters: only their answers are exported.
  @OptionGroup var identity: TraineeOptions

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let localize = Localizer.current
    guard
      let path = StoreLocation.path(
        option: global.db, environment: ProcessInfo.processInfo.environment)
    else {
      throw CommandFailure(message: localize(.cliNoDatabasePath), status: .usageOrContent)
    }
    guard FileManager.default.fileExists(atPath: path) else {
      throw CommandFailure(message: localize(.cliNoDatabase, path), status: .usageOrContent)
    }
    do {
      // A missing or bad --home-page is a usage error, found before the database is read.
      _ = try options.settings(environment: ProcessInfo.processInfo.environment, localize: localize)
    } catch let error as ShellError {
      throw CommandFailure(message: error.message, status: .usageOrContent)
    }
    do {
      try options.export(
        from: try SQLiteScoreStore.open(path: path), trainee: identity.trainee, team: identity.team,
        localize: localize,
        output: StandardStream.output, errors: StandardStream.error)
    } catch let error as ShellError {
      throw CommandFailure(message: error.message, status: .failure)
    }
  }
}
