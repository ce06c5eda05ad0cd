extension String {
  /// The part of the string between two offsets in Unicode scalars (end exclusive), which is how
  /// the matcher reports positions.
  func scalarSlice(_ range: Range<Int>) -> String {
    let scalars = unicodeScalars
    let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
    let end = scalars.index(start, offsetBy: range.count)
    return String(scalars[start..<end])
  }
}
