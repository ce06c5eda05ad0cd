import Foundation

/// FSRS-6, as the reference implementation (PyPI `fsrs` 6.3.2) schedules, without fuzz:
/// pure arithmetic over a card, a rating and the time of the answer.
public struct ReviewScheduler: Sendable, Equatable {
  /// The 21 FSRS-6 weights.
  public var weights: [Double]
  /// The recall probability a card is due at.
  public var desiredRetention: Double
  /// How long after an answer a learning card comes back, step by step, in seconds.
  public var learningSteps: [TimeInterval]
  /// The same for a card forgotten in review.
  public var relearningSteps: [TimeInterval]
  /// The longest interval given, in days.
  public var maximumInterval: Int

  /// FSRS-6's default weights, retention 0.9, learning steps 1 and 10 minutes, relearning
  /// 10 minutes, at most 36,500 days.
  public static let standard = ReviewScheduler(
    weights: [
      0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
      1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ],
    desiredRetention: 0.9, learningSteps: [60, 600], relearningSteps: [600], maximumInterval: 36500)

  static let minimumStability = 0.001
  static let difficultyRange = 1.0...10.0
  static let secondsPerDay = 86_400.0
  /// Python's `math.e`; the reference raises it to a power rather than calling `exp`.
  private static let e = 2.718281828459045

  public init(
    weights: [Double], desiredRetention: Double, learningSteps: [TimeInterval],
    relearningSteps: [TimeInterval], maximumInterval: Int
  ) {
    precondition(weights.count == 21, "FSRS-6 has 21 weights")
    self.weights = weights
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
  }

  private var decay: Double { -weights[20] }
  private var factor: Double { pow(0.9, 1 / decay) - 1 }

  /// The card after an answer rated `rating` at `now`.
  public func review(_ card: ReviewCard, rating: ReviewRating, at now: Date) -> ReviewCard {
    var card = card
    let daysSinceLast = card.lastReview.map { Self.wholeDays(from: $0, to: now) }
    let sameDay = daysSinceLast.map { $0 < 1 } ?? false
    let interval: TimeInterval

    switch card.phase {
    case .learning, .relearning:
      let steps = card.phase == .learning ? learningSteps : relearningSteps
      if let stability = card.stability, let difficulty = card.difficulty {
        card.stability =
          sameDay
          ? shortTermStability(stability, rating)
          : nextStability(difficulty, stability, retrievability(of: card, at: now), rating)
        card.difficulty = nextDifficulty(difficulty, rating)
      } else {
        // The reference only meets a card without memory in learning.
        card.stability = initialStability(rating)
        card.difficulty = Self.clampDifficulty(initialDifficulty(rating))
      }
      let step = card.step ?? 0
      if steps.isEmpty || (step >= steps.count && rating != .again) {
        interval = graduate(&card)
      } else {
        switch rating {
        case .again:
          card.step = 0
          interval = steps[0]
        case .hard:
          if step == 0 && steps.count == 1 {
            interval = steps[0] * 1.5
          } else if step == 0 {
            interval = (steps[0] + steps[1]) / 2
          } else {
            interval = steps[step]
          }
        case .good:
          if step + 1 == steps.count {
            interval = graduate(&card)
          } else {
            card.step = step + 1
            interval = steps[step + 1]
          }
        case .easy:
          interval = graduate(&card)
        }
      }

    case .review:
      let stability = card.stability ?? Self.minimumStability
      let difficulty = card.difficulty ?? Self.clampDifficulty(initialDifficulty(.good))
      card.stability =
        sameDay
        ? shortTermStability(stability, rating)
        : nextStability(difficulty, stability, retrievability(of: card, at: now), rating)
      card.difficulty = nextDifficulty(difficulty, rating)
      if rating == .again && !relearningSteps.isEmpty {
        card.phase = .relearning
        card.step = 0
        interval = relearningSteps[0]
      } else {
        interval = Double(nextIntervalDays(card.stability!)) * Self.secondsPerDay
      }
    }

    card.due = now.addingTimeInterval(interval)
    card.lastReview = now
    return card
  }

  /// The probability of recalling the card at `now`: 0 before its first answer.
  public func retrievability(of card: ReviewCard, at now: Date) -> Double {
    guard let last = card.lastReview, let stability = card.stability else { return 0 }
    let elapsed = Double(max(0, Self.wholeDays(from: last, to: now)))
    return pow(1 + factor * elapsed / stability, decay)
  }

  /// The whole days the card's stability gives it at the desired retention (at least 1).
  public func nextIntervalDays(_ stability: Double) -> Int {
    let days = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
    // Python's round() rounds halves to even.
    let rounded = Int(days.rounded(.toNearestOrEven))
    return min(max(rounded, 1), maximumInterval)
  }

  /// Moves the card to review and returns its interval.
  private func graduate(_ card: inout ReviewCard) -> TimeInterval {
    card.phase = .review
    card.step = nil
    return Double(nextIntervalDays(card.stability!)) * Self.secondsPerDay
  }

  /// S0: the first answer's stability.
  func initialStability(_ rating: ReviewRating) -> Double {
    max(weights[rating.rawValue - 1], Self.minimumStability)
  }

  /// D0, unclamped: mean reversion aims at the unclamped D0(Easy).
  func initialDifficulty(_ rating: ReviewRating) -> Double {
    weights[4] - pow(Self.e, weights[5] * Double(rating.rawValue - 1)) + 1
  }

  /// An answer less than 24 hours after the last: Hard, Good and Easy never lower stability.
  func shortTermStability(_ stability: Double, _ rating: ReviewRating) -> Double {
    var increase =
      pow(Self.e, weights[17] * (Double(rating.rawValue) - 3 + weights[18]))
      * pow(stability, -weights[19])
    if rating != .again { increase = max(increase, 1) }
    return max(stability * increase, Self.minimumStability)
  }

  func nextDifficulty(_ difficulty: Double, _ rating: ReviewRating) -> Double {
    let delta = -(weights[6] * (Double(rating.rawValue) - 3))
    let damped = difficulty + (10 - difficulty) * delta / 9
    let reverted = weights[7] * initialDifficulty(.easy) + (1 - weights[7]) * damped
    return Self.clampDifficulty(reverted)
  }

  func nextStability(
    _ difficulty: Double, _ stability: Double, _ retrievability: Double, _ rating: ReviewRating
  ) -> Double {
    let next: Double
    if rating == .again {
      let longTerm =
        weights[11] * pow(difficulty, -weights[12]) * (pow(stability + 1, weights[13]) - 1)
        * pow(Self.e, (1 - retrievability) * weights[14])
      let shortTerm = stability / pow(Self.e, weights[17] * weights[18])
      next = min(longTerm, shortTerm)
    } else {
      let hardPenalty = rating == .hard ? weights[15] : 1
      let easyBonus = rating == .easy ? weights[16] : 1
      next =
        stability
        * (1 + pow(Self.e, weights[8]) * (11 - difficulty) * pow(stability, -weights[9])
          * (pow(Self.e, (1 - retrievability) * weights[10]) - 1) * hardPenalty * easyBonus)
    }
    return max(next, Self.minimumStability)
  }

  static func clampDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
  }

  /// Python's `timedelta.days`: whole days, floored, counted in microseconds as datetimes are.
  static func wholeDays(from start: Date, to end: Date) -> Int {
    let microseconds = (end.timeIntervalSince(start) * 1_000_000).rounded()
    return Int((microseconds / (secondsPerDay * 1_000_000)).rounded(.down))
  }
}
