import RehearseContent
import RehearseLocalization
import RehearsePractice

/// The pieces every explanation of a scored answer is made of: what was right, what must not
/// be said and what to say instead, with the rule's source.
///
/// The same renderer writes for two readers: a terminal (colour when on, wrapped to its width,
/// the trainee's flagged words underlined) and the store (`plain`: no colour, no wrapping, no
/// underline art, one line per piece), so saved feedback is made from the result, not scraped
/// off the screen.
struct FeedbackRenderer {
  let localize: Localizer
  let style: Styler
  /// The terminal's width, or nil for plain text that is never wrapped.
  let width: Int?

  /// Feedback for the session's terminal.
  init(session: ShellSession) {
    self.init(localize: session.localize, style: session.style, width: session.width)
  }

  init(localize: Localizer, style: Styler, width: Int?) {
    self.localize = localize
    self.style = style
    self.width = width
  }

  /// Feedback as the store keeps it, in the session's language.
  static func plain(_ localize: Localizer) -> FeedbackRenderer {
    FeedbackRenderer(localize: localize, style: .plain, width: nil)
  }

  /// The flagged words of an answer, underlined, each with its better wording and source.
  func flags(_ flags: [ForbiddenFlag], in answer: String, pack: Pack) -> [String] {
    guard !flags.isEmpty else { return [] }
    var lines: [String] = []
    if let width {
      lines += Underline(width: width, indent: 4).render(answer, marking: flags.map(\.range))
    }
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

  /// Text wrapped to the width with an indent; plain text is one line, unindented.
  func wrap(_ text: String, indent: Int, styled: (String) -> String = { $0 }) -> [String] {
    guard let width else { return [styled(text)] }
    let padding = String(repeating: " ", count: indent)
    return TextWrapper.wrap(text, width: Layout.textWidth(width, indent: indent)).map {
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

  /// Plain lines as one text for the store, controls and escapes a trainee typed shown
  /// visibly (`TerminalText.plain`), as everywhere feedback may be read.
  static func joined(_ lines: [String]) -> String {
    lines.map { TerminalText.plain($0).trimmingWhitespace }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }
}
