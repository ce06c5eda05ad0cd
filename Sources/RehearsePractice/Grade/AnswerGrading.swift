import RehearseContent

/// One graded answer of `rehearse grade`: the verdict, and what it rests on.
public struct GradedAnswer: Sendable {
  public let row: GradeRow
  public let score: Double
  public let maxScore: Double
  public let passed: Bool
  /// Forbidden wording found (ids).
  public let flags: [String]
  /// Elements (or phrases) met and missing (ids).
  public let met: [String]
  public let missing: [String]
  /// Required elements whose cue was there but negated.
  public let negated: [String]
  /// The answer was judged a string of cue words.
  public let stuffed: Bool
  /// The dialogue turn, when the item is a dialogue.
  public let turn: TurnResult?

  /// At least half the points.
  public var halfOrMore: Bool { maxScore > 0 && score * 2 >= maxScore }
  public var full: Bool { maxScore > 0 && score >= maxScore }
  public var anyPoints: Bool { score > 0 }

  /// Whether the verdict disagrees with the trainer's `expect`: a good answer must earn at least
  /// half the points, a bad one nothing.
  public var misjudged: Bool {
    switch row.expect {
    case .good?: !halfOrMore
    case .bad?: anyPoints
    case nil: false
    }
  }
}

/// Why one line could not be graded.
public enum GradeLineProblem: Error, Sendable, Equatable {
  case unknownPack(line: Int, pack: String)
  case unknownItem(line: Int, item: String)
  case unknownStep(line: Int, step: String)
  case stepForQuestion(line: Int)
}

/// Scores answers against the library without recording anything: `rehearse grade`'s core.
public struct AnswerGrading: Sendable {
  let library: PracticeLibrary

  public init(library: PracticeLibrary) {
    self.library = library
  }

  public func grade(_ row: GradeRow) -> Result<GradedAnswer, GradeLineProblem> {
    guard let matcher = library.matcher(for: row.pack) else {
      return .failure(.unknownPack(line: row.line, pack: row.pack))
    }
    let pack = matcher.pack
    if let dialogue = pack.dialogues.first(where: { $0.id == row.item }) {
      guard let step = Self.step(row.step, of: dialogue) else {
        return .failure(.unknownStep(line: row.line, step: row.step))
      }
      let turn = TurnGrader(matcher: matcher).grade(step, answer: row.answer)
      return .success(
        GradedAnswer(
          row: row, score: turn.score, maxScore: turn.maxScore, passed: turn.passed,
          flags: turn.flagIDs, met: turn.metIDs, missing: turn.missingIDs,
          negated: turn.checks.filter(\.negated).map(\.id), stuffed: turn.stuffed, turn: turn))
    }
    if let question = pack.questions.first(where: { $0.id == row.item }) {
      guard row.step.isEmpty else { return .failure(.stepForQuestion(line: row.line)) }
      let result = QuestionGrader(matcher: matcher).grade(question, answer: row.answer)
      var met: [String] = []
      var missing: [String] = []
      if case .phrase(let id) = question.form {
        if result.isCorrect { met.append(id) } else { missing.append(id) }
      }
      return .success(
        GradedAnswer(
          row: row, score: result.score, maxScore: result.maxScore, passed: result.isCorrect,
          flags: result.flags.map(\.phrase.id), met: met, missing: missing, negated: [],
          stuffed: false, turn: nil))
    }
    return .failure(.unknownItem(line: row.line, item: row.item))
  }

  /// The step named by a 1-based position or a step id.
  static func step(_ name: String, of dialogue: Dialogue) -> DialogueStep? {
    if let byID = dialogue.steps.first(where: { $0.id != nil && $0.id == name }) { return byID }
    guard let position = Int(name), position >= 1, position <= dialogue.steps.count else {
      return nil
    }
    return dialogue.steps[position - 1]
  }
}

/// How the verdicts compare with the trainers' labels, for one pack.
public struct GradeConfusion: Sendable, Hashable {
  public let pack: String
  /// Labelled good: passed, or not.
  public var goodPassed = 0
  public var goodFailed = 0
  /// Labelled bad: earned nothing, or some points.
  public var badZero = 0
  public var badScored = 0
  /// Good answers with at least half the points, and with full points.
  public var goodHalf = 0
  public var goodFull = 0

  public init(pack: String) {
    self.pack = pack
  }

  public var good: Int { goodPassed + goodFailed }
  public var bad: Int { badZero + badScored }

  /// One table per pack, in the order packs first appear.
  public static func tables(_ answers: [GradedAnswer]) -> [GradeConfusion] {
    var order: [String] = []
    var tables: [String: GradeConfusion] = [:]
    for answer in answers {
      guard let expect = answer.row.expect else { continue }
      let pack = answer.row.pack
      if tables[pack] == nil {
        order.append(pack)
        tables[pack] = GradeConfusion(pack: pack)
      }
      switch expect {
      case .good:
        if answer.passed { tables[pack]!.goodPassed += 1 } else { tables[pack]!.goodFailed += 1 }
        if answer.halfOrMore { tables[pack]!.goodHalf += 1 }
        if answer.full { tables[pack]!.goodFull += 1 }
      case .bad:
        if answer.anyPoints { tables[pack]!.badScored += 1 } else { tables[pack]!.badZero += 1 }
      }
    }
    return order.map { tables[$0]! }
  }
}
