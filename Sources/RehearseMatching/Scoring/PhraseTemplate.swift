/// A model phrase with `{slot}` placeholders, such as `您好，我是铁通公司客户代表{name}。`.
///
/// A slot is `{` + a lowercase name (letters, digits, hyphens; starting with a letter) + `}`.
/// Anything else in braces is ordinary text: content is validated elsewhere, and a stray brace
/// must not make a phrase unmatchable.
public struct PhraseTemplate: Sendable, Hashable {
  /// One piece of a template.
  public enum Part: Sendable, Hashable {
    case text(String)
    case slot(String)
  }

  /// The template as written.
  public let text: String
  /// Its text and slots, in order; adjacent text is merged.
  public let parts: [Part]
  /// Where each part lies in `text`, in Unicode scalars.
  public let partRanges: [Range<Int>]

  public init(_ text: String) {
    self.text = text
    var parts: [Part] = []
    var ranges: [Range<Int>] = []
    let scalars = Array(text.unicodeScalars)
    var literal = String.UnicodeScalarView()
    var literalStart = 0
    var index = 0
    func flushLiteral(upTo end: Int) {
      if !literal.isEmpty {
        parts.append(.text(String(literal)))
        ranges.append(literalStart..<end)
        literal = String.UnicodeScalarView()
      }
    }
    while index < scalars.count {
      if scalars[index] == "{", let close = Self.slotEnd(scalars, from: index) {
        flushLiteral(upTo: index)
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[(index + 1)..<close])
        parts.append(.slot(String(name)))
        ranges.append(index..<(close + 1))
        index = close + 1
        literalStart = index
      } else {
        if literal.isEmpty { literalStart = index }
        literal.append(scalars[index])
        index += 1
      }
    }
    flushLiteral(upTo: scalars.count)
    self.parts = parts
    partRanges = ranges
  }

  /// The names of the slots, in order of appearance.
  public var slotNames: [String] {
    parts.compactMap { if case .slot(let name) = $0 { name } else { nil } }
  }

  /// The index of the `}` closing a well-formed slot opened at `open`, if there is one.
  private static func slotEnd(_ scalars: [Unicode.Scalar], from open: Int) -> Int? {
    var index = open + 1
    guard index < scalars.count, ("a"..."z").contains(scalars[index]) else { return nil }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "}" { return index }
      guard ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" else {
        return nil
      }
      index += 1
    }
    return nil
  }
}
