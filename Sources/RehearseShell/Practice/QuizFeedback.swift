import RehearseContent
import RehearseLocalization
import RehearsePractice

/// What a quiz says about a question and an answer to it, for a terminal or the store
/// (whichever `FeedbackRenderer` it is given): the hint, the right answer, the explanation.
struct QuizFeedback {
  let pack: Pack
  let feedback: FeedbackRenderer

  private var localize: Localizer { feedback.localize }

  /// How to answer a question of this kind.
  func hint(for question: Question) -> String {
    switch question.form {
    case .single: localize(.quizHintSingle)
    case .multiple: localize(.quizHintMultiple)
    case .trueFalse: localize(.quizHintTrueFalse)
    case .number: localize(.quizHintNumber)
    case .order: localize(.quizHintOrder)
    case .phrase: localize(.quizHintPhrase)
    }
  }

  /// The verdict, the right answer when it was missed, the explanation and the source.
  func explanation(of result: QuestionResult, presented: [Int]) -> [String] {
    let question = result.question
    var lines = [feedback.verdict(result.isCorrect)]
    switch question.form {
    case .single, .multiple, .trueFalse, .number:
      if !result.isCorrect, let right = rightAnswer(to: question) {
        lines += feedback.wrap(localize(.quizRightAnswer, right), indent: 2)
      }
    case .order(let items, _):
      if !result.isCorrect {
        let numbers = items.indices.map { item in
          String(presented.firstIndex(of: item).map { $0 + 1 } ?? item + 1)
        }
        lines += feedback.wrap(
          localize(.quizRightOrder, numbers.joined(separator: " "), items.joined(separator: " → ")),
          indent: 2)
      }
    case .phrase(let id):
      if let score = result.phraseScore {
        let percent = Int((score.similarity * 100).rounded())
        lines += feedback.wrap(
          localize(.quizPhraseSimilarity, percent, Int((score.threshold * 100).rounded())),
          indent: 2)
        if !score.missing.isEmpty {
          lines += feedback.wrap(
            localize(
              .quizPhraseMissing, score.missing.map { "「\($0.text)」" }.joined(separator: " ")),
            indent: 2)
        }
        let filled = score.slots.compactMap { slot in slot.value.map { "{\(slot.name)} = \($0)" } }
        if !filled.isEmpty {
          lines += feedback.wrap(
            localize(.quizPhraseSlots, filled.joined(separator: "，")), indent: 2)
        }
      }
      if let phrase = pack.phrases.first(where: { $0.id == id }) {
        lines += feedback.wrap(localize(.quizPhraseStandard, phrase.text), indent: 2)
      }
      lines += feedback.flags(result.flags, in: result.answer, pack: pack)
    }
    lines += feedback.wrap(question.explanation, indent: 2)
    lines += feedback.wrap(pack.citation(for: question), indent: 2, styled: feedback.style.dim)
    return lines
  }

  /// The right answer as the trainee reads it: the choices' letters and texts, true or false,
  /// the number with its unit, the steps in order, the standard phrase.
  func rightAnswer(to question: Question) -> String? {
    switch question.form {
    case .single(let choices, let answer):
      "\(Self.letter(answer)). \(choices[answer])"
    case .multiple(let choices, let answers):
      answers.map { "\(Self.letter($0)). \(choices[$0])" }.joined(separator: "；")
    case .trueFalse(let answer):
      answer ? localize(.answerTrue) : localize(.answerFalse)
    case .number(let answer, let unit):
      unit.map { localize.duration(answer, $0) } ?? String(answer)
    case .order(let items, _):
      items.joined(separator: " → ")
    case .phrase(let id):
      pack.phrases.first(where: { $0.id == id })?.text
    }
  }

  /// The choices or steps a question offers, in the pack's order; nil for other kinds.
  static func choices(of question: Question) -> [String]? {
    switch question.form {
    case .single(let choices, _), .multiple(let choices, _): choices
    case .order(let items, _): items
    case .trueFalse, .number, .phrase: nil
    }
  }

  static func letter(_ index: Int) -> String {
    String(UnicodeScalar(UInt8(65 + index)))
  }
}
