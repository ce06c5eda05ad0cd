import Foundation
import GRDB
import RehearseStore

/// How an `Attempt` maps to a row of the `attempt` table, both ways.
///
/// Written out rather than derived from `Codable`, so that the model carries no storage types
/// and each column's representation is chosen here: UUIDs as 16-byte blobs (as GRDB stored
/// them from the first version), dates as GRDB's UTC text, text through `StoredText`.
enum AttemptRow {
  /// Every column but `id`, in the order of `arguments(for:)`.
  static let columns = [
    "uuid", "session", "trainee", "team", "pack", "item", "kind", "step", "prompt", "answer",
    "score", "maxScore", "passed", "feedback", "answeredAt", "run", "itemTitle", "choices",
    "rightAnswer", "elementsMet", "elementsMissed", "forbiddenSaid", "responseTimeMs",
    "packVersion", "cardState", "cardStability", "cardDifficulty", "cardDue",
  ]

  static let insertSQL =
    "INSERT INTO attempt (" + columns.joined(separator: ", ") + ") VALUES ("
    + columns.map { _ in "?" }.joined(separator: ", ") + ")"

  static func arguments(for attempt: Attempt) -> StatementArguments {
    let values: [DatabaseValue] = [
      attempt.uuid.databaseValue, attempt.session.databaseValue,
      StoredText.value(attempt.trainee), StoredText.value(attempt.team),
      StoredText.value(attempt.pack), StoredText.value(attempt.item),
      attempt.kind.rawValue.databaseValue, attempt.step.databaseValue,
      StoredText.value(attempt.prompt), StoredText.value(attempt.answer),
      attempt.score.databaseValue, attempt.maxScore.databaseValue,
      attempt.passed.databaseValue, StoredText.value(attempt.feedback),
      attempt.answeredAt.databaseValue, attempt.run.databaseValue,
      StoredText.value(attempt.itemTitle), StoredText.value(attempt.choices),
      StoredText.value(attempt.rightAnswer), StoredText.value(attempt.elementsMet),
      StoredText.value(attempt.elementsMissed), StoredText.value(attempt.forbiddenSaid),
      attempt.responseTimeMs.databaseValue, StoredText.value(attempt.packVersion),
      (attempt.review?.state.rawValue).databaseValue,
      attempt.review?.stability.databaseValue ?? .null,
      attempt.review?.difficulty.databaseValue ?? .null, attempt.review?.due.databaseValue ?? .null,
    ]
    return StatementArguments(values)
  }

  /// Reads one row of `SELECT * FROM attempt`.
  static func attempt(from row: Row) throws -> Attempt {
    func text(_ column: String) -> String? { StoredText.text(row[column] as DatabaseValue) }
    func required<Value>(_ value: Value?, _ column: String) throws -> Value {
      guard let value else { throw StoredAttemptError.unreadable(column: column) }
      return value
    }
    guard let kind = Attempt.Kind(rawValue: try required(text("kind"), "kind")) else {
      throw StoredAttemptError.unreadable(column: "kind")
    }
    var attempt = Attempt(
      session: try required(row["session"] as UUID?, "session"),
      trainee: try required(text("trainee"), "trainee"), team: text("team"),
      pack: try required(text("pack"), "pack"), item: try required(text("item"), "item"),
      kind: kind, step: row["step"],
      prompt: try required(text("prompt"), "prompt"),
      answer: try required(text("answer"), "answer"),
      score: try required(row["score"] as Double?, "score"),
      maxScore: try required(row["maxScore"] as Double?, "maxScore"),
      passed: try required(row["passed"] as Bool?, "passed"),
      feedback: try required(text("feedback"), "feedback"),
      answeredAt: try required(row["answeredAt"] as Date?, "answeredAt"),
      uuid: try required(row["uuid"] as UUID?, "uuid"))
    attempt.id = row["id"]
    attempt.run = row["run"]
    attempt.itemTitle = text("itemTitle")
    attempt.choices = StoredText.list(row["choices"])
    attempt.rightAnswer = text("rightAnswer")
    attempt.elementsMet = StoredText.list(row["elementsMet"])
    attempt.elementsMissed = StoredText.list(row["elementsMissed"])
    attempt.forbiddenSaid = StoredText.list(row["forbiddenSaid"])
    attempt.responseTimeMs = row["responseTimeMs"]
    attempt.packVersion = text("packVersion")
    if let state = text("cardState").flatMap(CardState.Phase.init(rawValue:)),
      let stability = row["cardStability"] as Double?,
      let difficulty = row["cardDifficulty"] as Double?, let due = row["cardDue"] as Date?
    {
      attempt.review = CardState(
        state: state, stability: stability, difficulty: difficulty, due: due)
    }
    return attempt
  }
}

/// A stored row that cannot be read back as an attempt (a file changed by hand).
public enum StoredAttemptError: Error, CustomStringConvertible {
  case unreadable(column: String)

  public var description: String {
    switch self {
    case .unreadable(let column): "attempt.\(column)"
    }
  }
}
