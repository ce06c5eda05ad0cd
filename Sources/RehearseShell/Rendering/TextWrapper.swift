/// Breaks text into lines that fit a number of terminal columns.
///
/// Chinese may break between any two characters, Latin text only at spaces, and closing
/// punctuation (，。、」…) never starts a line, as Chinese typesetting requires.
public enum TextWrapper {
  public static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines += wrapParagraph(String(paragraph), width: max(width, 4))
    }
    return lines
  }

  private static func wrapParagraph(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for token in tokens(of: text) {
      let tokenWidth = DisplayWidth.of(token)
      let isSpace = token == " "
      if lineWidth + tokenWidth > width, lineWidth > 0 {
        lines.append(trimTrailingSpaces(line))
        line = ""
        lineWidth = 0
        if isSpace { continue }
      }
      if tokenWidth > width {
        // A single unbreakable token wider than the line (a long URL): split it by columns.
        for piece in split(token, width: width) {
          if lineWidth > 0 {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line = piece
          lineWidth = DisplayWidth.of(piece)
        }
        continue
      }
      line += token
      lineWidth += tokenWidth
    }
    lines.append(trimTrailingSpaces(line))
    return lines
  }

  /// Latin words, single spaces, and single CJK characters with any closing punctuation that
  /// follows them attached.
  static func tokens(of text: String) -> [String] {
    var tokens: [String] = []
    var word = ""
    func flushWord() {
      if !word.isEmpty {
        tokens.append(word)
        word = ""
      }
    }
    for character in text {
      if character == " " || character == "\t" {
        flushWord()
        tokens.append(" ")
      } else if DisplayWidth.of(String(character)) == 2 || isClosingPunctuation(character) {
        flushWord()
        if isClosingPunctuation(character), let last = tokens.last, last != " " {
          tokens[tokens.count - 1] = last + String(character)
        } else if isClosingPunctuation(character), tokens.count >= 2, tokens.last == " " {
          // "a · b": the separator stays at the end of the line rather than starting the next.
          tokens.removeLast()
          tokens[tokens.count - 1] += " " + String(character)
        } else {
          tokens.append(String(character))
        }
      } else {
        word.append(character)
      }
    }
    flushWord()
    return tokens
  }

  private static let closing: Set<Character> = [
    "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "”", "’", "》", "〉", "】", "…", ",", ".", ";",
    ":",
    "?", "!", ")", "·",
  ]

  private static func isClosingPunctuation(_ character: Character) -> Bool {
    closing.contains(character)
  }

  private static func trimTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }

  private static func split(_ token: String, width: Int) -> [String] {
    var pieces: [String] = []
    var piece = ""
    var pieceWidth = 0
    for character in token {
      let characterWidth = DisplayWidth.of(String(character))
      if pieceWidth + characterWidth > width, !piece.isEmpty {
        pieces.append(piece)
        piece = ""
        pieceWidth = 0
      }
      piece.append(character)
      pieceWidth += characterWidth
    }
    if !piece.isEmpty { pieces.append(piece) }
    return pieces
  }
}
