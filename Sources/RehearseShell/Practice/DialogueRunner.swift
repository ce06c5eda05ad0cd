import Foundation
import RehearseContent
import RehearseLocalization
import RehearsePractice
import RehearseStore

/// Plays a role-play dialogue: the customer speaks, the trainee answers, and each answer line
/// is judged into a `TurnResult`, which goes to the screen (`DialogueFeedback` on the
/// terminal) and to the store (`AttemptRecorder.attempt(answering:turn:…)`), each made from
/// the result.
struct DialogueRunner {
  let session: ShellSession
  let pack: Pack

  private var localize: Localizer { session.localize }
  private var output: TextOutput { session.output }
  private var feedback: FeedbackRenderer { FeedbackRenderer(session: session) }

  func run(_ dialogue: Dialogue) {
    let layout = session.layout
    output.line(session.style.bold(localize(.dialogueStart, dialogue.title)))
    layout.paragraph(
      localize(.dialogueSummary, dialogue.role, dialogue.steps.count, dialogue.totalPoints),
      styled: session.style.dim)
    layout.paragraph(dialogue.scene)
    output.line(localize(.dialogueHowTo))
    let grader = TurnGrader(matcher: session.matcher(for: pack))
    let screen = DialogueFeedback(pack: pack, feedback: feedback)
    var total = 0.0
    var played = 0.0
    let run = UUID()
    for (index, step) in dialogue.steps.enumerated() {
      output.line()
      layout.paragraph(session.style.cyan(localize(.dialogueCustomerSays, step.customer)))
      guard case .answer(let answer) = session.nextAnswer(prompt: localize(.dialogueAnswerPrompt))
      else {
        output.line(localize(.quizStopped))
        break
      }
      let result = grader.grade(step, answer: answer)
      screen.explanation(of: result).forEach(output.line)
      total += result.score
      played += result.maxScore
      session.record { recorder in
        try recorder.record(
          recorder.attempt(
            answering: result, turn: index + 1, of: dialogue, in: pack, run: run,
            explainedIn: localize))
      }
    }
    output.line()
    output.line(session.style.bold(localize(.dialogueTotal, feedback.tally(total, of: played))))
  }
}
