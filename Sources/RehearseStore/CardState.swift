import Foundation

/// A spaced-review card as it stands after an answer: where it is in its schedule, how well
/// it is remembered and when it is next due.
public struct CardState: Codable, Sendable, Equatable {
  /// The schedule's phase (FSRS's names).
  public enum Phase: String, Codable, Sendable, CaseIterable {
    case learning
    case review
    case relearning
  }

  public var state: Phase
  /// How long, in days, the memory lasts before recall falls to 90%.
  public var stability: Double
  /// How hard the item is for this trainee, from 1 to 10.
  public var difficulty: Double
  public var due: Date

  public init(state: Phase, stability: Double, difficulty: Double, due: Date) {
    self.state = state
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
  }
}
