/// Lays out study lists: an id column and wrapped text beside it, within the session's width.
struct Layout {
  let width: Int
  let style: Styler
  let output: TextOutput

  /// Ids longer than this push their text onto the next line rather than squeezing it.
  static let maximumIDColumn = 28

  func heading(_ text: String) {
    output.line(style.bold(text))
  }

  /// Rows of `id  text`, the text wrapped with a hanging indent; `detail` lines go under the text.
  func rows(_ rows: [(id: String, text: String, detail: [String])], indent: Int = 2) {
    let idWidth = min(rows.map { DisplayWidth.of($0.id) }.max() ?? 0, Self.maximumIDColumn)
    let textColumn = indent + idWidth + 2
    let textWidth = max(width - textColumn, 20)
    let padding = String(repeating: " ", count: textColumn)
    for row in rows {
      var lines = TextWrapper.wrap(row.text, width: textWidth)
      for detail in row.detail {
        lines += TextWrapper.wrap(detail, width: textWidth).map { style.dim($0) }
      }
      let idText = String(repeating: " ", count: indent) + style.cyan(row.id)
      if DisplayWidth.of(row.id) > idWidth {
        output.line(idText)
      } else {
        let first = lines.removeFirst()
        output.line(
          idText + String(repeating: " ", count: idWidth - DisplayWidth.of(row.id) + 2) + first)
      }
      for line in lines { output.line(padding + line) }
    }
  }

  /// `label  value` lines, labels padded to one width, values wrapped beside them.
  func fields(_ fields: [(label: String, value: String)]) {
    let labelWidth = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
    let valueWidth = max(width - labelWidth - 2, 20)
    let padding = String(repeating: " ", count: labelWidth + 2)
    for field in fields {
      let lines = TextWrapper.wrap(field.value, width: valueWidth)
      output.line(style.bold(DisplayWidth.pad(field.label, to: labelWidth)) + "  " + lines[0])
      for line in lines.dropFirst() { output.line(padding + line) }
    }
  }

  /// A paragraph wrapped to the width with an indent; `styled` is applied to each line after
  /// wrapping, so escape sequences never straddle a line break.
  func paragraph(_ text: String, indent: Int = 0, styled: (String) -> String = { $0 }) {
    let padding = String(repeating: " ", count: indent)
    for line in TextWrapper.wrap(text, width: max(width - indent, 20)) {
      output.line(padding + styled(line))
    }
  }
}

extension ShellSession {
  var layout: Layout { Layout(width: width, style: style, output: output) }
}
