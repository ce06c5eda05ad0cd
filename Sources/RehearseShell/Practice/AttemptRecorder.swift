import Foundation
import RehearseContent
import RehearsePractice
import RehearseStore

/// Commits each scored answer to the store the moment it is scored, tagged with who answered,
/// in which session and which run, with what was asked and what the answer met.
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

  /// An attempt by this trainee in this session, with what every kind of answer has.
  func attempt(
    pack: Pack, item: String, kind: Attempt.Kind, step: Int?, prompt: String, answer: String,
    score: Double, maxScore: Double, passed: Bool, feedback: String, run: UUID
  ) -> Attempt {
    var attempt = Attempt(
      session: session, trainee: trainee, team: team, pack: pack.id, item: item, kind: kind,
      step: step, prompt: prompt, answer: answer, score: score, maxScore: maxScore,
      passed: passed, feedback: feedback)
    attempt.run = run
    attempt.packVersion = pack.version
    return attempt
  }

  /// Commits `attempt`.
  func record(_ attempt: Attempt) throws {
    try store.record(attempt)
  }

  /// What the store has to tell since it was last asked (answers kept while it was busy, and
  /// written since).
  func takeNotices() -> [StoreNotice] {
    (store as? BufferedScoreStore)?.takeNotices() ?? []
  }

  /// Writes what the store still keeps, waiting a little, at the end of a session.
  func finish() -> [StoreNotice] {
    (store as? BufferedScoreStore)?.finish(waitingUpTo: 5) ?? []
  }
}

extension Attempt {
  /// The ids of the forbidden phrases in `flags`, each once, in the order first said.
  static func forbiddenIDs(_ flags: [ForbiddenFlag]) -> [String] {
    var seen = Set<String>()
    return flags.map(\.phrase.id).filter { seen.insert($0).inserted }
  }
}
