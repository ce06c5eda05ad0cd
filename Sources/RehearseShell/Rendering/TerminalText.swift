import RehearseLocalization

/// The shell's one gate between rendered text and the terminal: whatever a command prints,
/// including answers, ids, names and texts that came from a trainee, a trainer or a file, goes
/// through here, so no renderer has to remember to make its pieces safe.
///
/// The only escape sequences that survive are the colour and emphasis codes `Styler` makes,
/// and only when colour is on; every other control, escape or bidi character is shown
/// visibly by `VisibleText.safe`, with line breaks kept. A trainee who types one of those
/// exact colour codes can at most colour their own echo; nothing else they type can steer
/// the terminal (move the cursor, rename the window, forge a line).
public enum TerminalText {
  /// `text` as it may reach a terminal: Styler's codes kept when `style` is on.
  public static func safe(_ text: String, style: Styler) -> String {
    // Without colour no code is Styler's: one that looks like it was typed, and is shown.
    render(text, styles: style.enabled ? .kept : .shown)
  }

  /// `text` without Styler's codes and with everything else made visible: what is saved as
  /// feedback, where no terminal will interpret a code, and no part of one may be kept.
  public static func plain(_ text: String) -> String {
    render(text, styles: .dropped)
  }

  /// What becomes of the codes Styler makes.
  private enum StyleCodes {
    case kept, shown, dropped
  }

  private static func render(_ text: String, styles: StyleCodes) -> String {
    guard text.unicodeScalars.contains(where: VisibleText.needsReplacing) else { return text }
    var out = ""
    var pending = Substring.UnicodeScalarView()
    func flush() {
      out += VisibleText.safe(String(pending), lineBreaks: .kept)
      pending = Substring.UnicodeScalarView()
    }
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if styles != .shown, scalars[index] == "\u{1B}",
        let end = styleCodeEnd(in: scalars, at: index)
      {
        flush()
        if styles == .kept { out.unicodeScalars.append(contentsOf: scalars[index..<end]) }
        index = end
        continue
      }
      pending.append(scalars[index])
      index = scalars.index(after: index)
    }
    flush()
    return out
  }

  /// The end of a Styler code (`ESC [ code m`) starting at `start`, or nil if none starts there.
  private static func styleCodeEnd(
    in scalars: String.UnicodeScalarView, at start: String.UnicodeScalarView.Index
  ) -> String.UnicodeScalarView.Index? {
    var index = scalars.index(after: start)
    guard index < scalars.endIndex, scalars[index] == "[" else { return nil }
    index = scalars.index(after: index)
    var code = ""
    while index < scalars.endIndex, code.unicodeScalars.count <= Styler.longestCode {
      let scalar = scalars[index]
      if scalar == "m" {
        return Styler.codes.contains(code) ? scalars.index(after: index) : nil
      }
      code.unicodeScalars.append(scalar)
      index = scalars.index(after: index)
    }
    return nil
  }
}

/// A `TextOutput` that passes everything written through `TerminalText.safe` first.
public final class TerminalSafeOutput: TextOutput {
  private let destination: TextOutput
  private let style: Styler

  public init(_ destination: TextOutput, style: Styler) {
    self.destination = destination
    self.style = style
  }

  public func write(_ text: String) {
    destination.write(TerminalText.safe(text, style: style))
  }

  public var writeError: Int32? { destination.writeError }
}
