extension StringProtocol {
  /// The text without leading and trailing white space of any kind (ideographic spaces too).
  public var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    // Most texts have nothing to trim; rebuilding them scalar by scalar is the slow part.
    if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
