/// Prints text with marks (^) under some of its scalars, wrapped to a width, so a trainee sees
/// exactly which of their words were flagged.
struct Underline {
  let width: Int
  let indent: Int

  /// Lines of text, each followed by a line of marks where it has any.
  func render(_ text: String, marking ranges: [Range<Int>]) -> [String] {
    let padding = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = ""
    var marks = ""
    var lineWidth = 0
    var marked = false
    func flush() {
      lines.append(padding + line)
      if marked { lines.append(padding + trimTrailing(marks)) }
      line = ""
      marks = ""
      lineWidth = 0
      marked = false
    }
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if scalar == "\n" {
        flush()
        continue
      }
      let columns = DisplayWidth.of(scalar)
      if lineWidth + columns > Layout.textWidth(width, indent: indent), lineWidth > 0 { flush() }
      let isMarked = ranges.contains { $0.contains(offset) }
      line.unicodeScalars.append(scalar)
      marks += String(repeating: isMarked ? "^" : " ", count: columns)
      marked = marked || isMarked
      lineWidth += columns
    }
    if !line.isEmpty || lines.isEmpty { flush() }
    return lines
  }

  private func trimTrailing(_ text: String) -> String {
    var text = text
    while text.last == " " { text.removeLast() }
    return text
  }
}
