import Foundation

/// Attempts as xAPI 1.0.3 statements (a JSON array) that a learning record store accepts as a
/// batch: an `answered` statement for each question and dialogue turn, then a `completed`
/// statement for each quiz or dialogue run, passed (`result.success`) when every answer in it
/// passed, each run its own
/// registration. Written statement by statement as the store reads; only a small total per
/// run is kept until the end.
struct XAPIExport {
  /// The organisation's home page: it names the trainees' accounts (`--home-page` or
  /// `REHEARSE_XAPI_HOMEPAGE`).
  let homePage: String
  let out: ExportWriter
  private let encoder = JSONEncoder.forExport()
  private var written = 0
  private var runs: [UUID: RunTotal] = [:]
  private var runOrder: [UUID] = []

  init(homePage: String, out: ExportWriter) {
    self.homePage = homePage.hasSuffix("/") ? String(homePage.dropLast()) : homePage
    self.out = out
  }

  /// Activity ids must be IRIs; this base names rehearse's activities, the same for every
  /// organisation so that results stay comparable.
  static let base = "https://rehearse.invalid"

  /// What a run's `completed` statement needs, summed as its answers are read.
  struct RunTotal {
    var trainee: String
    var team: String?
    var pack: String
    var kind: Attempt.Kind
    var item: String
    var title: String?
    var score = 0.0
    var max = 0.0
    var allPassed = true
    var first: Date
    var last: Date
  }

  func begin() throws { try out.append("[") }

  mutating func write(_ attempt: Attempt) throws {
    let registration = attempt.run ?? attempt.session
    var activity = "\(Self.base)/packs/\(attempt.pack)/\(attempt.item)"
    if let step = attempt.step { activity += "/turns/\(step)" }
    let name = attempt.itemTitle ?? attempt.prompt
    try emit(
      Statement(
        id: attempt.uuid, actor: actor(attempt.trainee), verb: .answered,
        object: Activity(
          id: activity,
          definition: Definition(
            name: ["zh-CN": name],
            description: attempt.prompt == name ? nil : ["zh-CN": attempt.prompt],
            type: "http://adlnet.gov/expapi/activities/cmi.interaction")),
        result: Result(
          score: Score(attempt.score, of: attempt.maxScore), success: attempt.passed,
          completion: nil, response: attempt.answer,
          duration: attempt.responseTimeMs.map(Self.duration)),
        context: context(registration, attempt.pack, attempt.team),
        timestamp: attempt.answeredAt))
    var total =
      runs[registration]
      ?? RunTotal(
        trainee: attempt.trainee, team: attempt.team, pack: attempt.pack, kind: attempt.kind,
        item: attempt.item, title: attempt.kind == .dialogue ? attempt.itemTitle : nil,
        first: attempt.answeredAt, last: attempt.answeredAt)
    if runs[registration] == nil { runOrder.append(registration) }
    total.score += attempt.score
    total.max += attempt.maxScore
    total.allPassed = total.allPassed && attempt.passed
    total.last = Swift.max(total.last, attempt.answeredAt)
    runs[registration] = total
  }

  /// The `completed` statements, then the end of the array.
  mutating func end() throws {
    for registration in runOrder {
      guard let run = runs[registration] else { continue }
      let activity =
        run.kind == .dialogue
        ? "\(Self.base)/packs/\(run.pack)/\(run.item)" : "\(Self.base)/packs/\(run.pack)/quiz"
      let type =
        run.kind == .dialogue
        ? "http://adlnet.gov/expapi/activities/simulation"
        : "http://adlnet.gov/expapi/activities/assessment"
      let name = run.title ?? (run.kind == .dialogue ? run.item : run.pack)
      try emit(
        Statement(
          id: Self.completionID(registration), actor: actor(run.trainee),
          verb: .completed,
          object: Activity(
            id: activity,
            definition: Definition(name: ["zh-CN": name], description: nil, type: type)
          ),
          result: Result(
            score: Score(run.score, of: run.max), success: run.allPassed, completion: true,
            response: nil,
            duration: Self.duration(Int((run.last.timeIntervalSince(run.first) * 1000).rounded()))),
          context: context(registration, run.pack, run.team), timestamp: run.last))
    }
    try out.append(written == 0 ? "]\n" : "\n]\n")
  }

  private mutating func emit(_ statement: Statement) throws {
    try out.append(written == 0 ? "\n" : ",\n")
    let data = try encoder.encode(statement)
    try data.withUnsafeBytes { try out.append($0.bindMemory(to: UInt8.self)) }
    written += 1
  }

  private func actor(_ trainee: String) -> Actor {
    Actor(name: trainee, account: Account(homePage: homePage, name: trainee))
  }

  private func context(_ registration: UUID, _ pack: String, _ team: String?) -> Context {
    var extensions = ["\(Self.base)/extensions/pack": pack]
    if let team { extensions["\(Self.base)/extensions/team"] = team }
    return Context(registration: registration, language: "zh-CN", extensions: extensions)
  }

  /// The run's `completed` statement id: made from the run's id, so exporting twice gives
  /// the same id and an LRS keeps the statement once. The version nibble is 8 (a custom
  /// UUID), so it never equals an attempt's random (version 4) id.
  static func completionID(_ run: UUID) -> UUID {
    var bytes = run.uuid
    bytes.6 = (bytes.6 & 0x0F) | 0x80
    bytes.15 ^= 0x5A
    return UUID(uuid: bytes)
  }

  /// An ISO 8601 duration, `PT3.25S`.
  static func duration(_ milliseconds: Int) -> String {
    let milliseconds = Swift.max(milliseconds, 0)
    let seconds = milliseconds / 1000
    let fraction = milliseconds % 1000
    guard fraction > 0 else { return "PT\(seconds)S" }
    var decimals = String(fraction)
    decimals = String(repeating: "0", count: 3 - decimals.count) + decimals
    while decimals.hasSuffix("0") { decimals.removeLast() }
    return "PT\(seconds).\(decimals)S"
  }

  struct Statement: Encodable {
    var id: UUID
    var actor: Actor
    var verb: Verb
    var object: Activity
    var result: Result
    var context: Context
    var timestamp: Date
    var version = "1.0.3"
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

  /// xAPI's own vocabulary (ADL verbs), displayed in both languages.
  struct Verb: Encodable {
    var id: String
    var display: [String: String]

    static let answered = Verb(
      id: "http://adlnet.gov/expapi/verbs/answered", display: ["en-US": "answered", "zh-CN": "回答"])
    static let completed = Verb(
      id: "http://adlnet.gov/expapi/verbs/completed",
      display: ["en-US": "completed", "zh-CN": "完成"])
  }

  struct Activity: Encodable {
    var objectType = "Activity"
    var id: String
    var definition: Definition
  }

  struct Definition: Encodable {
    var name: [String: String]
    var description: [String: String]?
    var type: String
  }

  struct Result: Encodable {
    var score: Score
    var success: Bool
    var completion: Bool?
    var response: String?
    var duration: String?
  }

  struct Score: Encodable {
    var raw: Double
    var min: Double
    var max: Double
    var scaled: Double

    init(_ raw: Double, of max: Double) {
      // xAPI wants min <= raw <= max.
      self.raw = raw
      self.min = Swift.min(0, raw)
      self.max = Swift.max(max, raw)
      self.scaled = max > 0 ? Swift.min(Swift.max(raw / max, -1), 1) : 0
    }
  }

  struct Context: Encodable {
    var registration: UUID
    var language: String
    var extensions: [String: String]
  }
}
