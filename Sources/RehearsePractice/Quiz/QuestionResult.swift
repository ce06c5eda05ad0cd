import RehearseContent
import RehearseMatching

/// How one quiz answer was judged, with everything needed to explain it.
public struct QuestionResult: Sendable {
  public enum Outcome: Sendable, Equatable {
    case correct
    case incorrect
    /// The answer could not be read as an answer to this question (a letter where a number was
    /// wanted, say); the trainee should be asked again, and nothing is recorded.
    case unreadable
  }

  public let question: Question
  public let answer: String
  public let outcome: Outcome
  public let score: Double
  public let maxScore: Double
  /// For choice questions: the choices given (0-based).
  public let chosen: [Int]
  /// For order questions: the order given, as indices into the correct order.
  public let givenOrder: [Int]
  /// For phrase questions: how close the answer came to the phrase.
  public let phraseScore: PhraseScore?
  /// Forbidden phrases in a spoken answer (phrase questions).
  public let flags: [ForbiddenFlag]

  public var isCorrect: Bool { outcome == .correct }

  init(
    question: Question, answer: String, outcome: Outcome, chosen: [Int] = [],
    givenOrder: [Int] = [],
    phraseScore: PhraseScore? = nil, flags: [ForbiddenFlag] = []
  ) {
    self.question = question
    self.answer = answer
    self.outcome = outcome
    self.score = outcome == .correct ? 1 : 0
    self.maxScore = 1
    self.chosen = chosen
    self.givenOrder = givenOrder
    self.phraseScore = phraseScore
    self.flags = flags
  }
}
