import Foundation
import GRDB

/// One answer a trainee gave, as scored: a quiz question or one turn of a dialogue.
public struct Attempt: Codable, Sendable, Equatable {
  /// What was answered.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case question
    case dialogue
  }

  public var id: Int64?
  /// Stable across exports, so an LMS can tell a re-sent statement from a new one.
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
}

extension Attempt: FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "attempt"

  public mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }

  public enum Columns {
    public static let trainee = Column(CodingKeys.trainee)
    public static let team = Column(CodingKeys.team)
    public static let pack = Column(CodingKeys.pack)
    public static let item = Column(CodingKeys.item)
    public static let answeredAt = Column(CodingKeys.answeredAt)
    public static let id = Column(CodingKeys.id)
  }
}
