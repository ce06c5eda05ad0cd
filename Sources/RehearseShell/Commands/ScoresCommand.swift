import ArgumentParser
import Foundation
import RehearseContent
import RehearseLocalization
import RehearseStore

/// Shows the trainee's progress in each pack.
struct ScoresCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "scores", abstract: Localizer.current(.commandScoresAbstract))
  }
  static let section = CommandSection.practice

  func run(in session: ShellSession) throws {
    let localize = session.localize
    guard let recorder = session.recorder else { throw ShellError(localize(.practiceNoStore)) }
    let attempts = try recorder.store.attempts(matching: AttemptFilter(trainee: recorder.trainee))
    guard !attempts.isEmpty else {
      session.output.line(localize(.scoresNothing, recorder.trainee))
      return
    }
    session.layout.heading(localize(.scoresHeading, recorder.trainee))
    let dates = DateFormatter()
    dates.dateFormat = "yyyy-MM-dd"
    let byPack = Dictionary(grouping: attempts, by: \.pack)
    let latestByPack = Dictionary(
      grouping: try recorder.store.latestAttempts(
        matching: AttemptFilter(trainee: recorder.trainee, kind: .question)
      ).values, by: \.pack)
    session.layout.rows(
      byPack.keys.sorted().map { packID in
        let packAttempts = byPack[packID]!
        let latest = latestByPack[packID] ?? []
        let mastered = latest.filter(\.passed).count
        let turns = packAttempts.filter { $0.kind == .dialogue }
        let earned = turns.reduce(0) { $0 + $1.score }
        let possible = turns.reduce(0) { $0 + $1.maxScore }
        let total = session.library.pack(withID: packID)?.questions.count ?? latest.count
        var detail = [localize(.scoresQuestions, mastered, total, latest.count - mastered)]
        if possible > 0 {
          detail.append(
            localize(.scoresDialogues, turns.count, Int((earned / possible * 100).rounded())))
        }
        return (
          packID, localize(.scoresLast, dates.string(from: packAttempts.last!.answeredAt)), detail
        )
      })
  }
}
