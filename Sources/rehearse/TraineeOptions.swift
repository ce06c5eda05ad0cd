import ArgumentParser
import Foundation
import RehearseLocalization

/// Who is practising, recorded with every answer.
struct TraineeOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(Localizer.current(.optionTraineeHelp), valueName: "name"))
  var trainee: String?

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.optionTeamHelp), valueName: "team"))
  var team: String?

  /// `--trainee`, then `REHEARSE_TRAINEE`, then the login name.
  func traineeName(environment: [String: String]) -> String {
    trainee ?? environment["REHEARSE_TRAINEE"] ?? environment["USER"] ?? environment["LOGNAME"]
      ?? "trainee"
  }

  /// `--team`, then `REHEARSE_TEAM`.
  func teamName(environment: [String: String]) -> String? {
    team ?? environment["REHEARSE_TEAM"]
  }
}
