import RehearseContent
import RehearseLocalization
import RehearsePractice

/// Explains a scored answer: what was right, what was missing, what must not be said and what
/// to say instead, with the rule's source.
struct FeedbackRenderer {
  let session: ShellSession

  private var localize: Localizer { session.localize }
  private var style: Styler { session.style }

  /// The flagged words of an answer, underlined, each with its better wording and source.
  func flags(_ flags: [ForbiddenFlag], in answer: String, pack: Pack) -> [String] {
    guard !flags.isEmpty else { return [] }
    var lines = Underline(width: session.width, indent: 4).render(
      answer, marking: flags.map(\.range))
    for flag in flags {
      let label =
        flag.isBanned
        ? style.red(localize.severityName(.banned))
        : style.yellow(localize.severityName(.discouraged))
      // Name the standard wording only when the trainee typed it differently (traditional,
      // spaced out, with punctuation), so the line stays short in the common case.
      let typedAsIs = flag.matched == flag.phrase.text
      let text =
        typedAsIs
        ? localize(.feedbackFlag, label, flag.phrase.text)
        : localize(.feedbackFlagTyped, label, flag.matched, flag.phrase.text)
      lines += wrap(text, indent: 4)
      lines += wrap(localize(.forbiddenInstead, flag.phrase.instead), indent: 6)
      lines += wrap(pack.citation(for: flag.phrase), indent: 6, styled: style.dim)
    }
    return lines
  }

  /// Text wrapped to the session's width with an indent.
  func wrap(_ text: String, indent: Int, styled: (String) -> String = { $0 }) -> [String] {
    let padding = String(repeating: " ", count: indent)
    return TextWrapper.wrap(text, width: Layout.textWidth(session.width, indent: indent)).map {
      padding + styled($0)
    }
  }

  func verdict(_ correct: Bool) -> String {
    correct ? style.green(localize(.feedbackCorrect)) : style.red(localize(.feedbackIncorrect))
  }

  /// "5/6 (83%)"
  func tally(_ score: Double, of maximum: Double) -> String {
    let percent = maximum > 0 ? Int((score / maximum * 100).rounded()) : 0
    return localize(.feedbackTally, Self.number(score), Self.number(maximum), percent)
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }
}
