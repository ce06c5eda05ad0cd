/// The one rule for text that came from a trainee, a trainer or a file on its way to a terminal,
/// a CSV cell or a log line: every character that could steer the terminal is shown as a
/// visible stand-in instead of being passed through.
///
/// Control characters (C0, DEL, C1) would start escape sequences, move the cursor, rename the
/// window or ring the bell; bidirectional overrides and isolates would make text read in a
/// different order than it was typed (a forged error line). Each is replaced by a visible form
/// that a reader can still recognise: C0 and DEL by their Unicode control pictures (ESC → ␛),
/// everything else by `<U+XXXX>`. Ordinary text, Chinese included, is untouched, and the
/// function is idempotent on its own output. JSON does not need it: its encoder escapes.
public enum VisibleText {
  /// How line breaks in the text are treated.
  public enum LineBreaks: Sendable {
    /// Newlines are shown as ␊ (a single-line field: an answer echoed, a file name, an id).
    case shown
    /// Newlines (LF, and CR LF as one) stay line breaks (a multi-line note or CSV cell).
    case kept
  }

  /// `text` with every steering character replaced by a visible stand-in.
  public static func safe(_ text: String, lineBreaks: LineBreaks = .shown) -> String {
    guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if lineBreaks == .kept {
        if scalar == "\n" {
          out.append(scalar)
          continue
        }
        if scalar == "\r", index < scalars.count, scalars[index] == "\n" {
          out.append("\r")
          out.append("\n")
          index += 1
          continue
        }
      }
      if needsReplacing(scalar) {
        out.append(contentsOf: standIn(for: scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether `scalar` must not reach a terminal as it is.
  public static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    // Bidirectional embeddings, overrides and isolates; line and paragraph separators.
    case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
  }

  /// The visible form of one steering character.
  public static func standIn(for scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x00...0x1F: String(Unicode.Scalar(0x2400 + scalar.value)!)
    case 0x7F: "\u{2421}"
    default: "<U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))>"
    }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
