import ArgumentParser
import Foundation
import RehearseLocalization

/// Who is practising, recorded with every answer.
struct TraineeOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(Localizer.current(.optionTraineeHelp), valueName: "name"))
  var trainee: String?

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.optionTeamHelp), valueName: "team"))
  var team: String?

  /// An empty name would be recorded as nobody's answer, and as a filter would match nothing:
  /// refused, like any other bad value.
  func validate() throws {
    if let trainee, trainee.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw ValidationError(Localizer.current(.cliEmptyName, "--trainee"))
    }
    if let team, team.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw ValidationError(Localizer.current(.cliEmptyName, "--team"))
    }
  }

  /// `--trainee`, then `REHEARSE_TRAINEE`, then the login name (empty variables are skipped).
  func traineeName(environment: [String: String]) -> String {
    trainee ?? [environment["REHEARSE_TRAINEE"], environment["USER"], environment["LOGNAME"]]
      .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
      .first { !$0.isEmpty } ?? "trainee"
  }

  /// `--team`, then `REHEARSE_TEAM` (unless empty).
  func teamName(environment: [String: String]) -> String? {
    team ?? environment["REHEARSE_TEAM"].flatMap { $0.isEmpty ? nil : $0 }
  }
}
