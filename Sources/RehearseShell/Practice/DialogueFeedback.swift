import RehearseContent
import RehearseLocalization
import RehearsePractice

/// What a dialogue says about one judged turn, for a terminal or the store (whichever
/// `FeedbackRenderer` it is given): each requirement met or missed with its rule, the
/// forbidden wording said, the score, the tip and the model answer.
struct DialogueFeedback {
  let pack: Pack
  let feedback: FeedbackRenderer

  private var localize: Localizer { feedback.localize }

  func explanation(of result: TurnResult) -> [String] {
    var lines: [String] = []
    let style = feedback.style
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
    lines += feedback.wrap(
      verdict + " "
        + localize(
          .dialogueTurnScore, FeedbackRenderer.number(result.score),
          FeedbackRenderer.number(result.maxScore)), indent: 2)
    if let tip = result.step.tip, !result.passed {
      lines += feedback.wrap(localize(.dialogueTip, tip), indent: 2)
    }
    lines += feedback.wrap(
      localize(.dialogueModel, result.step.model), indent: 2, styled: style.dim)
    return lines
  }
}
