/// How well a card was recalled, FSRS's four grades (the raw values are FSRS's).
public enum ReviewRating: Int, Sendable, CaseIterable, Codable {
  case again = 1
  case hard = 2
  case good = 3
  case easy = 4

  /// The grade an answer earns from its score: wrong, or a forbidden phrase said, is
  /// `again`; partly right (not passed, some credit) is `hard`; right (passed) is `good`.
  /// `easy` is never given from a score: a typed answer shows whether it was right, not how
  /// effortless it felt.
  public init(fractionOfMaximum fraction: Double, passed: Bool, forbiddenSaid: Bool) {
    if forbiddenSaid {
      self = .again
    } else if passed {
      self = .good
    } else if fraction > 0 {
      self = .hard
    } else {
      self = .again
    }
  }
}
