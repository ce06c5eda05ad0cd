import RehearseContent
import RehearseMatching

/// One requirement of a dialogue turn, checked against the trainee's answer.
public struct RequirementCheck: Sendable {
  public enum Role: Sendable {
    /// Listed under `expect.all`: must be there.
    case required
    /// Listed under `expect.any`: one of these must be there.
    case oneOf
    /// Listed under `expect.none`: must not be there.
    case avoided
  }

  /// The element, phrase or forbidden-phrase id.
  public let id: String
  /// What to call it in feedback: an element's name, a phrase's wording.
  public let name: String
  public let role: Role
  /// Whether it was found in the answer.
  public let found: Bool
  /// Where in the answer it was found.
  public let range: Range<Int>?
  /// For an element, the cues that would have shown it: for trainers only, never shown to a
  /// trainee (feedback teaches the behaviour, not the trigger words).
  public let cues: [String]
  /// The behaviour the element asks for, as trainees are taught it.
  public let rule: String?
  /// Where the rule comes from, in full (document and article).
  public let citation: String?
  /// A cue was there but inside a negation (「不是我负责」), so it did not count.
  public let negated: Bool

  /// Whether this check counts in the trainee's favour.
  public var isMet: Bool { role == .avoided ? !found : found }
}

/// How one turn of a dialogue was judged.
public struct TurnResult: Sendable {
  public let step: DialogueStep
  public let answer: String
  public let checks: [RequirementCheck]
  /// The pack's forbidden phrases found in the answer.
  public let flags: [ForbiddenFlag]
  public let score: Double
  public let maxScore: Double
  public let passed: Bool
  /// The answer is cue words strung together, not an answer to the customer: it earns nothing.
  public let stuffed: Bool

  /// The ids of the forbidden wording found.
  public var flagIDs: [String] { flags.map(\.phrase.id) }
  /// The ids of the required elements and phrases met, and of those missing.
  public var metIDs: [String] { checks.filter { $0.role != .avoided && $0.found }.map(\.id) }
  public var missingIDs: [String] {
    checks.filter { $0.role != .avoided && !$0.found }.map(\.id)
  }
}
