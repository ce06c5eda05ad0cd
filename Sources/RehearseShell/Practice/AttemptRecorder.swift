import Foundation
import RehearseContent
import RehearsePractice
import RehearseReview
import RehearseStore

/// Commits each scored answer to the store the moment it is scored, tagged with who answered,
/// in which session and which run, with what was asked and what the answer met, and with the
/// spaced-review card of what was answered as FSRS schedules it after this answer.
public final class AttemptRecorder {
  public let store: any ScoreStore
  public let trainee: String
  public let team: String?
  public let session = UUID()
  let scheduler = ReviewScheduler.standard
  /// Each card's state after its latest answer, read from the store a pack at a time.
  private var cards: [Attempt.Subject: ReviewCard] = [:]
  private var packsRead: Set<String> = []

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

  /// Commits `attempt` with its card rescheduled by the answer's rating (see
  /// `ReviewRating.init(fractionOfMaximum:passed:forbiddenSaid:)`).
  func record(_ attempt: Attempt) throws {
    var attempt = attempt
    // A store that cannot be read just now (locked, away) must not cost the answer: its card
    // then starts afresh.
    let previous =
      (try? card(of: attempt.subject, at: attempt.answeredAt)) ?? .new(at: attempt.answeredAt)
    let card = scheduler.review(
      previous, rating: Self.rating(of: attempt), at: attempt.answeredAt)
    if let stability = card.stability, let difficulty = card.difficulty {
      attempt.card = CardState(
        state: CardState.Phase(rawValue: card.phase.rawValue) ?? .learning, stability: stability,
        difficulty: difficulty, due: card.due)
    }
    try store.record(attempt)
    // Only once committed: an answer that failed to record schedules nothing.
    cards[attempt.subject] = card
  }

  /// The card of `subject` as its latest recorded answer left it, or a new one.
  func card(of subject: Attempt.Subject, at now: Date) throws -> ReviewCard {
    if !packsRead.contains(subject.pack) {
      let latest = try store.latestAttempts(
        matching: AttemptFilter(trainee: trainee, pack: subject.pack))
      for (answered, attempt) in latest {
        guard let recorded = attempt.card,
          let phase = ReviewCard.Phase(rawValue: recorded.state.rawValue)
        else { continue }
        cards[answered] = ReviewCard(
          recorded: phase, stability: recorded.stability, difficulty: recorded.difficulty,
          due: recorded.due, answeredAt: attempt.answeredAt, scheduler: scheduler)
      }
      packsRead.insert(subject.pack)
    }
    return cards[subject] ?? .new(at: now)
  }

  /// The rating the answer's score earns.
  static func rating(of attempt: Attempt) -> ReviewRating {
    ReviewRating(
      fractionOfMaximum: attempt.maxScore > 0 ? attempt.score / attempt.maxScore : 0,
      passed: attempt.passed, forbiddenSaid: !(attempt.forbiddenSaid ?? []).isEmpty)
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
