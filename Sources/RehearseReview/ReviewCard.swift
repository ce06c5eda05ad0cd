import Foundation

/// One thing to remember (a question, a dialogue turn, a forbidden phrase) as FSRS schedules it.
public struct ReviewCard: Sendable, Equatable {
  /// The schedule's phase, with FSRS's names.
  public enum Phase: String, Sendable, Codable, CaseIterable {
    case learning
    case review
    case relearning
  }

  public var phase: Phase
  /// The learning or relearning step the card is at; nil in review.
  public var step: Int?
  /// Days until recall falls to 90%; nil before the first answer.
  public var stability: Double?
  /// How hard the card is, from 1 to 10; nil before the first answer.
  public var difficulty: Double?
  public var due: Date
  public var lastReview: Date?

  /// A card never answered: learning, at its first step, due now.
  public static func new(at now: Date) -> ReviewCard {
    ReviewCard(
      phase: .learning, step: 0, stability: nil, difficulty: nil, due: now, lastReview: nil)
  }

  public init(
    phase: Phase, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?
  ) {
    self.phase = phase
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
  }

  /// A card as recorded after an answer (phase, stability, difficulty, due, and when it was
  /// answered), with its step worked out from the interval it was given: records keep no
  /// step, and with the scheduler's steps each step's intervals are distinct.
  public init(
    recorded phase: Phase, stability: Double, difficulty: Double, due: Date, answeredAt: Date,
    scheduler: ReviewScheduler = .standard
  ) {
    let steps = phase == .learning ? scheduler.learningSteps : scheduler.relearningSteps
    var step: Int? = nil
    if phase != .review {
      let interval = due.timeIntervalSince(answeredAt)
      // The last step whose interval was reached; Hard at step 0 sits between steps 0 and 1.
      step = max(0, (steps.lastIndex { $0 <= interval + 0.5 }) ?? 0)
    }
    self.init(
      phase: phase, step: step, stability: stability, difficulty: difficulty, due: due,
      lastReview: answeredAt)
  }
}
