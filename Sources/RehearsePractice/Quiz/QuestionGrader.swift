import RehearseContent
import RehearseMatching

/// Judges answers to quiz questions.
public struct QuestionGrader: Sendable {
  let matcher: PackMatcher

  public init(matcher: PackMatcher) {
    self.matcher = matcher
  }

  /// Judges `answer` to `question`. For order questions, `presented` is the order the items
  /// were shown in (indices into the correct order); the trainee answers with the numbers they
  /// were shown under.
  public func grade(_ question: Question, answer: String, presented: [Int] = []) -> QuestionResult {
    switch question.form {
    case .single(let choices, let correct):
      guard let chosen = AnswerReading.choices(answer, count: choices.count), chosen.count == 1
      else {
        return QuestionResult(question: question, answer: answer, outcome: .unreadable)
      }
      return QuestionResult(
        question: question, answer: answer, outcome: chosen[0] == correct ? .correct : .incorrect,
        chosen: chosen)

    case .multiple(let choices, let correct):
      guard let chosen = AnswerReading.choices(answer, count: choices.count) else {
        return QuestionResult(question: question, answer: answer, outcome: .unreadable)
      }
      let outcome: QuestionResult.Outcome = Set(chosen) == Set(correct) ? .correct : .incorrect
      return QuestionResult(
        question: question, answer: answer, outcome: outcome, chosen: Array(Set(chosen)).sorted())

    case .trueFalse(let correct):
      guard let given = AnswerReading.trueOrFalse(answer) else {
        return QuestionResult(question: question, answer: answer, outcome: .unreadable)
      }
      return QuestionResult(
        question: question, answer: answer, outcome: given == correct ? .correct : .incorrect)

    case .number(let correct, let unit):
      guard let given = AnswerReading.duration(answer) else {
        return QuestionResult(question: question, answer: answer, outcome: .unreadable)
      }
      return QuestionResult(
        question: question, answer: answer,
        outcome: Self.sameDuration(given, (correct, unit)) ? .correct : .incorrect)

    case .order(let items, _):
      let shown = presented.count == items.count ? presented : Array(items.indices)
      guard let picked = AnswerReading.order(answer, count: items.count) else {
        return QuestionResult(question: question, answer: answer, outcome: .unreadable)
      }
      // The trainee names items by the numbers they were shown under.
      let givenOrder = picked.map { shown[$0] }
      let outcome: QuestionResult.Outcome =
        givenOrder == Array(items.indices) ? .correct : .incorrect
      return QuestionResult(
        question: question, answer: answer, outcome: outcome, givenOrder: givenOrder)

    case .phrase(let id):
      guard !answer.unicodeScalars.allSatisfy(\.properties.isWhitespace),
        let score = matcher.score(answer, againstPhrase: id)
      else {
        return QuestionResult(question: question, answer: answer, outcome: .unreadable)
      }
      let flags = matcher.flags(in: answer)
      let outcome: QuestionResult.Outcome =
        score.passed && !flags.contains(where: \.isBanned) ? .correct : .incorrect
      return QuestionResult(
        question: question, answer: answer, outcome: outcome, phraseScore: score, flags: flags)
    }
  }

  /// A number answer is right when it names the same time (72 小时 = 3 天), or the same number
  /// when the trainee gives no unit. Compared in 128 bits, where a 64-bit value times minutes
  /// per unit always fits, so no answer or content value near the integer range can trap.
  static func sameDuration(
    _ given: (value: Int, unit: TimeUnit?), _ correct: (value: Int, unit: TimeUnit?)
  ) -> Bool {
    guard let givenUnit = given.unit, let correctUnit = correct.unit else {
      return given.value == correct.value
    }
    return Int128(given.value) * Int128(givenUnit.minutes)
      == Int128(correct.value) * Int128(correctUnit.minutes)
  }
}
