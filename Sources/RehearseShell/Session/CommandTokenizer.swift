/// Splits a command line into words the way a shell does: spaces separate words, quotes
/// ("…" or '…') keep spaces inside one, a backslash escapes the next character.
enum CommandTokenizer {
  enum Failure: Error, Equatable {
    case unclosedQuote(Character)
  }

  static func split(_ line: String) throws(Failure) -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character?
    var escaping = false
    for character in line {
      if escaping {
        word.append(character)
        escaping = false
        continue
      }
      if character == "\\" && quote != "'" {
        escaping = true
        inWord = true
        continue
      }
      if let open = quote {
        if character == open { quote = nil } else { word.append(character) }
        continue
      }
      switch character {
      case "\"", "'":
        quote = character
        inWord = true
      case _ where character.isWhitespace:
        if inWord {
          words.append(word)
          word = ""
          inWord = false
        }
      default:
        word.append(character)
        inWord = true
      }
    }
    if let open = quote { throw .unclosedQuote(open) }
    if escaping { word.append("\\") }
    if inWord { words.append(word) }
    return words
  }
}
