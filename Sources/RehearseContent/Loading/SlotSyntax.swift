/// Checks the `{slot}` placeholders of phrase templates: balanced braces around a lowercase name.
enum SlotSyntax {
  static func isWellFormed(_ text: String) -> Bool {
    var inside = false
    var name = ""
    for character in text {
      switch character {
      case "{":
        if inside { return false }
        inside = true
        name = ""
      case "}":
        guard inside, isValidName(name) else { return false }
        inside = false
      default:
        if inside { name.append(character) }
      }
    }
    return !inside
  }

  private static func isValidName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }
}
