/// What a question asks for, and its answer.
public enum QuestionForm: Sendable, Codable {
  /// One correct choice (0-based index).
  case single(choices: [String], answer: Int)
  /// Several correct choices (0-based indices).
  case multiple(choices: [String], answers: [Int])
  case trueFalse(answer: Bool)
  /// A number, usually a time limit with its unit.
  case number(answer: Int, unit: TimeUnit?)
  /// Put these in order; listed here in the correct order.
  case order(items: [String], procedure: String?)
  /// Say the scripted phrase with this id.
  case phrase(id: String)

  /// The YAML `type` value that selects this form.
  public var typeName: String {
    switch self {
    case .single: "single"
    case .multiple: "multiple"
    case .trueFalse: "true-false"
    case .number: "number"
    case .order: "order"
    case .phrase: "phrase"
    }
  }

  public static let typeNames = ["single", "multiple", "true-false", "number", "order", "phrase"]
}

/// A quiz question with its explanation.
public struct Question: ContentItem {
  public static let kind = ItemKind.question
  public var id: String
  public var prompt: String
  public var form: QuestionForm
  public var explanation: String
  /// Ids of the items this question tests.
  public var about: [String]
  public var source: String
  public var location: SourceLocation
  public var headline: String { prompt }
}

/// What a trainee's line in a dialogue must and must not contain.
public struct Expectation: Sendable, Codable {
  /// Element or phrase ids that must all be present.
  public var all: [String]
  /// Element or phrase ids of which at least one must be present.
  public var any: [String]
  /// Forbidden-phrase or element ids that must not be present (the pack's forbidden
  /// phrases always apply besides these).
  public var none: [String]

  public init(all: [String] = [], any: [String] = [], none: [String] = []) {
    self.all = all
    self.any = any
    self.none = none
  }
}

/// One exchange of a role-play: the customer speaks, the trainee answers.
public struct DialogueStep: Sendable, Codable {
  /// An optional name for the turn (`rehearse grade` accepts it in place of the position).
  public var id: String?
  public var customer: String
  public var expect: Expectation
  /// A model answer, possibly with `{slots}`.
  public var model: String
  public var points: Int
  public var tip: String?
  public var location: SourceLocation
}

/// A role-play dialogue with a customer.
public struct Dialogue: ContentItem {
  public static let kind = ItemKind.dialogue
  public var id: String
  public var title: String
  /// Who the trainee plays.
  public var role: String
  /// The situation, told to the trainee before the first line.
  public var scene: String
  public var steps: [DialogueStep]
  public var source: String
  public var location: SourceLocation
  public var headline: String { title }
  public var totalPoints: Int { steps.reduce(0) { $0 + $1.points } }
}
