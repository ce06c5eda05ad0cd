/// Lays out study lists: an id column and wrapped text beside it, within the session's width.
struct Layout {
  let width: Int
  let style: Styler
  let output: TextOutput

  /// Ids longer than this push their text onto the next line rather than squeezing it.
  static let maximumIDColumn = 28
  /// Text narrower than this beside an id or label goes under it instead (a narrow terminal).
  static let minimumColumnBeside = 16
  /// Columns text is wrapped to however narrow the terminal, so that a word still fits.
  static let minimumTextWidth = 4

  /// Columns left for text indented by `indent` in `width`: text always stays inside the
  /// terminal (it used to be at least 20 wide, which garbled narrow ones).
  static func textWidth(_ width: Int, indent: Int) -> Int {
    max(width - indent, minimumTextWidth)
  }

  func heading(_ text: String) {
    for line in TextWrapper.wrap(text, width: Self.textWidth(width, indent: 0)) {
      output.line(style.bold(line))
    }
  }

  /// Rows of `id  text`, the text wrapped with a hanging indent; `detail` lines go under the text.
  func rows(_ rows: [(id: String, text: String, detail: [String])], indent: Int = 2) {
    var idWidth = min(rows.map { DisplayWidth.of($0.id) }.max() ?? 0, Self.maximumIDColumn)
    var textColumn = indent + idWidth + 2
    if width - textColumn < Self.minimumColumnBeside {
      // Too narrow for text beside the ids: each id on its own line, its text indented below.
      idWidth = 0
      textColumn = indent + 2
    }
    let textWidth = Self.textWidth(width, indent: textColumn)
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
    guard width - labelWidth - 2 >= Self.minimumColumnBeside else {
      // Too narrow for values beside the labels: each label on its own line, its value below.
      for field in fields {
        output.line(style.bold(field.label))
        paragraph(field.value, indent: 2)
      }
      return
    }
    let valueWidth = Self.textWidth(width, indent: labelWidth + 2)
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
    for line in TextWrapper.wrap(text, width: Self.textWidth(width, indent: indent)) {
      output.line(padding + styled(line))
    }
  }
}

extension ShellSession {
  var layout: Layout { Layout(width: width, style: style, output: output) }
}
