import Foundation
import RehearseContent
import RehearseLocalization
import RehearsePractice
import RehearseStore

/// Asks a list of questions one by one, judges each answer, explains it, and records it.
struct QuizRunner {
  let session: ShellSession
  let pack: Pack

  private var localize: Localizer { session.localize }
  private var output: TextOutput { session.output }
  private var feedback: FeedbackRenderer { FeedbackRenderer(session: session) }

  /// Runs the quiz; returns the ids of the questions answered wrongly.
  @discardableResult
  func run(_ questions: [Question], title: String) -> [String] {
    guard !questions.isEmpty else {
      output.line(localize(.quizNothing))
      return []
    }
    output.line(session.style.bold(localize(.quizStart, title, questions.count)))
    output.line(localize(.quizHowTo))
    let grader = QuestionGrader(matcher: session.matcher(for: pack))
    var score = 0.0
    var answered = 0
    var missed: [String] = []
    var skipped = 0
    let run = UUID()
    questionLoop: for (index, question) in questions.enumerated() {
      output.line()
      let presented = QuizSelection.presentation(of: question)
      ask(question, number: index + 1, of: questions.count, presented: presented)
      while true {
        guard let answer = session.readAnswer(prompt: localize(.quizAnswerPrompt)) else {
          output.line(localize(.quizStopped))
          break questionLoop
        }
        if answer.trimmingWhitespace.isEmpty {
          output.line(session.style.dim(localize(.quizSkipped)))
          skipped += 1
          continue questionLoop
        }
        let result = grader.grade(question, answer: answer, presented: presented)
        if result.outcome == .unreadable {
          output.line(session.style.yellow(localize(.quizUnreadable)) + " " + hint(for: question))
          continue
        }
        let lines = explain(result, presented: presented)
        lines.forEach(output.line)
        answered += 1
        score += result.score
        if !result.isCorrect { missed.append(question.id) }
        session.record { recorder in
          var attempt = recorder.attempt(
            pack: pack, item: question.id, kind: .question, step: nil, prompt: question.prompt,
            answer: answer, score: result.score, maxScore: result.maxScore,
            passed: result.isCorrect,
            feedback: lines.map(TerminalText.plain).map(\.trimmingWhitespace).joined(
              separator: " "),
            run: run)
          attempt.itemTitle = question.prompt
          attempt.choices = Self.choices(of: question)
          attempt.rightAnswer = rightAnswer(to: question)
          attempt.forbiddenSaid = Attempt.forbiddenIDs(result.flags)
          try recorder.record(attempt)
        }
        break
      }
    }
    output.line()
    output.line(
      session.style.bold(
        localize(.quizScore, feedback.tally(score, of: Double(answered)), answered)))
    if skipped > 0 { output.line(localize(.quizSkippedCount, skipped)) }
    if !missed.isEmpty {
      output.line(localize(.quizMissed, missed.joined(separator: ", ")))
    }
    return missed
  }

  private func ask(_ question: Question, number: Int, of total: Int, presented: [Int]) {
    let layout = session.layout
    output.line(
      session.style.bold(
        localize(.quizQuestionHeading, number, total, localize.questionTypeName(question.form))))
    layout.paragraph(question.prompt)
    switch question.form {
    case .single(let choices, _), .multiple(let choices, _):
      for (index, choice) in choices.enumerated() {
        layout.paragraph("\(Self.letter(index)). \(choice)", indent: 2)
      }
    case .order(let items, _):
      for (position, item) in presented.enumerated() {
        layout.paragraph("\(position + 1). \(items[item])", indent: 2)
      }
    case .phrase(let id):
      if let phrase = pack.phrases.first(where: { $0.id == id }) {
        layout.paragraph(localize(.quizPhraseSituation, phrase.situation), indent: 2)
      }
    case .trueFalse, .number:
      break
    }
    layout.paragraph(hint(for: question), styled: session.style.dim)
  }

  private func hint(for question: Question) -> String {
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
  private func explain(_ result: QuestionResult, presented: [Int]) -> [String] {
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
    lines += feedback.wrap(pack.citation(for: question), indent: 2, styled: session.style.dim)
    return lines
  }

  /// The right answer as the trainee reads it: the choices' letters and texts, true or false,
  /// the number with its unit, the steps in order, the standard phrase.
  private func rightAnswer(to question: Question) -> String? {
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
