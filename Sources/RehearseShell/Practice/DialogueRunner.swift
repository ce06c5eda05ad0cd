import Foundation
import RehearseContent
import RehearseLocalization
import RehearsePractice
import RehearseStore

/// Plays a role-play dialogue: the customer speaks, the trainee answers, each turn is judged,
/// explained and recorded.
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
    var total = 0.0
    var played = 0.0
    let run = UUID()
    for (index, step) in dialogue.steps.enumerated() {
      output.line()
      layout.paragraph(session.style.cyan(localize(.dialogueCustomerSays, step.customer)))
      guard let answer = session.readAnswer(prompt: localize(.dialogueAnswerPrompt)) else {
        output.line(localize(.quizStopped))
        break
      }
      let result = grader.grade(step, answer: answer)
      let lines = explain(result)
      lines.forEach(output.line)
      total += result.score
      played += result.maxScore
      session.record { recorder in
        var attempt = recorder.attempt(
          pack: pack, item: dialogue.id, kind: .dialogue, step: index + 1, prompt: step.customer,
          answer: answer, score: result.score, maxScore: result.maxScore, passed: result.passed,
          feedback: lines.map(TerminalText.plain).map(\.trimmingWhitespace).joined(separator: " "),
          run: run)
        attempt.itemTitle = dialogue.title
        let elements = result.checks.filter { $0.role != .avoided }
        attempt.elementsMet = elements.filter(\.found).map(\.id)
        attempt.elementsMissed = elements.filter { !$0.found }.map(\.id)
        attempt.forbiddenSaid = Attempt.forbiddenIDs(result.flags)
        try recorder.record(attempt)
      }
    }
    output.line()
    output.line(session.style.bold(localize(.dialogueTotal, feedback.tally(total, of: played))))
  }

  private func explain(_ result: TurnResult) -> [String] {
    var lines: [String] = []
    let style = session.style
    for check in result.checks {
      let mark = check.isMet ? style.green("✔") : style.red("✘")
      switch check.role {
      case .required, .oneOf:
        var text = "\(mark) \(check.name)"
        if check.role == .oneOf { text += style.dim(" " + localize(.dialogueOneOfMark)) }
        if check.negated { text += style.dim(" " + localize(.dialogueNegated)) }
        lines += feedback.wrap(text, indent: 2)
        // The behaviour and where it is written, never the cue words that detect it.
        if !check.found, let citation = check.citation {
          lines += feedback.wrap(
            localize(.dialogueRule, check.rule ?? check.name, citation), indent: 4,
            styled: style.dim)
        }
      case .avoided:
        // A forbidden phrase that was said is explained with the flags below.
        let flagged = result.flags.contains { $0.phrase.id == check.id }
        if check.found, !flagged {
          lines += feedback.wrap("\(mark) " + localize(.dialogueSaidAvoided, check.name), indent: 2)
        }
      }
    }
    lines += feedback.flags(result.flags, in: result.answer, pack: pack)
    if result.stuffed { lines += feedback.wrap(localize(.dialogueStuffed), indent: 2) }
    let verdict =
      result.passed
      ? style.green(localize(.dialogueTurnPassed)) : style.yellow(localize(.dialogueTurnNotYet))
    lines.append(
      "  " + verdict + " "
        + localize(
          .dialogueTurnScore, FeedbackRenderer.number(result.score),
          FeedbackRenderer.number(result.maxScore)))
    if let tip = result.step.tip, !result.passed {
      lines += feedback.wrap(localize(.dialogueTip, tip), indent: 2)
    }
    lines += feedback.wrap(
      localize(.dialogueModel, result.step.model), indent: 2, styled: style.dim)
    return lines
  }
}
