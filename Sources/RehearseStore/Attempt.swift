import Foundation

/// One answer a trainee gave, as scored: a quiz question or one turn of a dialogue.
///
/// Plain data with no storage types, so every backend and every export reads the same model.
/// The fields after `answeredAt` came with the second schema version: attempts recorded
/// before it have them nil.
public struct Attempt: Codable, Sendable, Equatable {
  /// What was answered.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case question
    case dialogue
  }

  /// The backend's row number, set once stored; not stable across stores (use `uuid`).
  public var id: Int64?
  /// The attempt's own id, made by the client when the answer is scored: unique in every
  /// store, so re-sending an attempt (a journal replayed, a history synced) never duplicates
  /// it, and an LMS can tell a re-sent statement from a new one.
  public var uuid: UUID
  /// Groups the answers of one shell session.
  public var session: UUID
  public var trainee: String
  public var team: String?
  public var pack: String
  /// The question or dialogue id.
  public var item: String
  public var kind: Kind
  /// The dialogue turn, from 1; nil for questions.
  public var step: Int?
  /// The question, or what the customer said.
  public var prompt: String
  /// What the trainee typed.
  public var answer: String
  public var score: Double
  public var maxScore: Double
  public var passed: Bool
  /// The explanation given, as shown to the trainee.
  public var feedback: String
  public var answeredAt: Date

  /// One quiz or one dialogue played: every answer given in it shares this id.
  public var run: UUID?
  /// The question's text, or the dialogue's title.
  public var itemTitle: String?
  /// The choices as shown (single, multiple and order questions), in the pack's order.
  public var choices: [String]?
  /// The right answer as a trainee would read it (a choice's letter and text, the order, the
  /// number with its unit).
  public var rightAnswer: String?
  /// The ids of the key elements the answer contained, and of those it lacked.
  public var elementsMet: [String]?
  public var elementsMissed: [String]?
  /// The ids of the forbidden phrases the answer said.
  public var forbiddenSaid: [String]?
  /// From showing the question or the customer's line to the answer, in milliseconds.
  public var responseTimeMs: Int?
  /// The content pack's version: a hash of its files, so a result can be tied to the wording.
  public var packVersion: String?
  /// The spaced-review card of this question or turn, as it stands after this answer.
  public var review: CardState?

  public init(
    session: UUID, trainee: String, team: String?, pack: String, item: String, kind: Kind,
    step: Int?,
    prompt: String, answer: String, score: Double, maxScore: Double, passed: Bool, feedback: String,
    answeredAt: Date = Date(), uuid: UUID = UUID()
  ) {
    self.uuid = uuid
    self.session = session
    self.trainee = trainee
    self.team = team
    self.pack = pack
    self.item = item
    self.kind = kind
    self.step = step
    self.prompt = prompt
    self.answer = answer
    self.score = score
    self.maxScore = maxScore
    self.passed = passed
    self.feedback = feedback
    self.answeredAt = answeredAt
  }

  /// What was answered, as one card: the pack, the question or dialogue, and the turn.
  public var subject: Subject { Subject(pack: pack, item: item, step: step) }

  /// A question, or one turn of a dialogue, in one pack.
  public struct Subject: Hashable, Sendable {
    public var pack: String
    public var item: String
    /// The dialogue turn, from 1; nil for questions.
    public var step: Int?

    public init(pack: String, item: String, step: Int? = nil) {
      self.pack = pack
      self.item = item
      self.step = step
    }
  }
}
