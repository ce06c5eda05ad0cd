extension StringProtocol {
  /// The text without leading and trailing white space of any kind (ideographic spaces too).
  public var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
      let last = scalars.lastIndex(where: { !$0.isWhiteSpace })
    else { return "" }
    // Most texts have nothing to trim; rebuilding them scalar by scalar is the slow part.
    if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex {
      return String(self)
    }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}

extension Unicode.Scalar {
  /// Unicode's White_Space property, `properties.isWhitespace`, without its table lookup:
  /// the set is small and has been fixed since Unicode 6.3, and phrase lists trim every line.
  public var isWhiteSpace: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }
}
