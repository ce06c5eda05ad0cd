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
  /// For a missing element, the cues that would have shown it.
  public let cues: [String]

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
  /// How close the answer came to the model answer, for information.
  public let modelSimilarity: Double
}
