import Foundation

/// Attempts as xAPI 1.0.3 statements (a JSON array), which a learning record store accepts
/// as a batch: each answer is an "answered" statement with its score and success.
enum XAPIExport {
  /// Activity ids must be IRIs; this base names rehearse's activities.
  static let base = "https://rehearse.invalid"

  struct Statement: Encodable {
    var id: UUID
    var actor: Actor
    var verb: Verb
    var object: Activity
    var result: Result
    var context: Context
    var timestamp: Date
  }

  struct Actor: Encodable {
    var objectType = "Agent"
    var name: String
    var account: Account
  }

  struct Account: Encodable {
    var homePage: String
    var name: String
  }

  struct Verb: Encodable {
    var id = "http://adlnet.gov/expapi/verbs/answered"
    var display = ["en-US": "answered", "zh-CN": "回答"]  // xAPI's own vocabulary
  }

  struct Activity: Encodable {
    var objectType = "Activity"
    var id: String
    var definition: Definition
  }

  struct Definition: Encodable {
    var name: [String: String]
    var type = "http://adlnet.gov/expapi/activities/cmi.interaction"
  }

  struct Result: Encodable {
    var score: Score
    var success: Bool
    var response: String
  }

  struct Score: Encodable {
    var raw: Double
    var min: Double
    var max: Double
    var scaled: Double
  }

  struct Context: Encodable {
    var registration: UUID
    var extensions: [String: String]
  }

  static func render(_ attempts: [Attempt]) throws -> Data {
    let statements = attempts.map { attempt in
      var activity = "\(base)/packs/\(attempt.pack)/\(attempt.item)"
      if let step = attempt.step { activity += "/turns/\(step)" }
      var extensions = ["\(base)/extensions/pack": attempt.pack]
      if let team = attempt.team { extensions["\(base)/extensions/team"] = team }
      return Statement(
        id: attempt.uuid,
        actor: Actor(
          name: attempt.trainee, account: Account(homePage: base, name: attempt.trainee)),
        verb: Verb(),
        object: Activity(id: activity, definition: Definition(name: ["zh-CN": attempt.prompt])),
        result: Result(
          score: Score(
            raw: attempt.score, min: 0, max: attempt.maxScore,
            scaled: attempt.maxScore > 0 ? attempt.score / attempt.maxScore : 0),
          success: attempt.passed, response: attempt.answer),
        context: Context(registration: attempt.session, extensions: extensions),
        timestamp: attempt.answeredAt)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return try encoder.encode(statements) + Data("\n".utf8)
  }
}
