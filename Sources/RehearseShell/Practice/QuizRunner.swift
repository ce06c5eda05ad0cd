import Foundation
import RehearseContent
import RehearseLocalization
import RehearsePractice
import RehearseStore

/// Asks a list of questions one by one: each answer line is judged into a `QuestionResult`,
/// which goes to the screen (`QuizFeedback` on the terminal) and to the store
/// (`AttemptRecorder.attempt(answering:…)`), each made from the result.
struct QuizRunner {
  let session: ShellSession
  let pack: Pack

  private var localize: Localizer { session.localize }
  private var output: TextOutput { session.output }
  private var feedback: FeedbackRenderer { FeedbackRenderer(session: session) }
  private var screen: QuizFeedback { QuizFeedback(pack: pack, feedback: feedback) }

  /// How one question ended.
  private enum Ending {
    case answered(QuestionResult)
    case skipped
    case stopped
  }

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
      switch answer(question, presented: presented, grader: grader) {
      case .stopped:
        output.line(localize(.quizStopped))
        break questionLoop
      case .skipped:
        output.line(session.style.dim(localize(.quizSkipped)))
        skipped += 1
      case .answered(let result):
        screen.explanation(of: result, presented: presented).forEach(output.line)
        answered += 1
        score += result.score
        if !result.isCorrect { missed.append(question.id) }
        session.record { recorder in
          try recorder.record(
            recorder.attempt(
              answering: result, in: pack, run: run, presented: presented,
              explainedIn: localize))
        }
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

  /// Reads answers until one can be judged, the trainee skips (an empty line) or stops.
  private func answer(_ question: Question, presented: [Int], grader: QuestionGrader) -> Ending {
    while true {
      switch session.nextAnswer(prompt: localize(.quizAnswerPrompt)) {
      case .stop:
        return .stopped
      case .answer(let answer) where answer.trimmingWhitespace.isEmpty:
        return .skipped
      case .answer(let answer):
        let result = grader.grade(question, answer: answer, presented: presented)
        guard result.outcome != .unreadable else {
          output.line(
            session.style.yellow(localize(.quizUnreadable)) + " " + screen.hint(for: question))
          continue
        }
        return .answered(result)
      }
    }
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
        layout.paragraph("\(QuizFeedback.letter(index)). \(choice)", indent: 2)
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
    layout.paragraph(screen.hint(for: question), styled: session.style.dim)
  }
}
