import Foundation
import RehearseStore

/// Commits each scored answer to the store the moment it is scored, tagged with who answered
/// and in which session.
public final class AttemptRecorder {
  public let store: any ScoreStore
  public let trainee: String
  public let team: String?
  public let session = UUID()

  public init(store: any ScoreStore, trainee: String, team: String?) {
    self.store = store
    self.trainee = trainee
    self.team = team
  }

  func record(
    pack: String, item: String, kind: Attempt.Kind, step: Int?, prompt: String, answer: String,
    score: Double, maxScore: Double, passed: Bool, feedback: String
  ) throws {
    try store.record(
      Attempt(
        session: session, trainee: trainee, team: team, pack: pack, item: item, kind: kind,
        step: step,
        prompt: prompt, answer: answer, score: score, maxScore: maxScore, passed: passed,
        feedback: feedback))
  }
}
