/// Text after folding, with a map from every folded scalar back to the original text.
///
/// Offsets into the original are in Unicode scalars, ends exclusive. A folded scalar covers
/// `originalStarts[i]..<originalEnds[i]`: usually one scalar, more when combining marks or a
/// collapsed run of repeats belong to it. Noise between folded scalars belongs to none of them.
public struct FoldedText: Sendable, Hashable {
  /// The folded scalars: noise removed, characters folded, repeats collapsed.
  public let scalars: [Unicode.Scalar]
  /// For each folded scalar, the offset of the first original scalar it stands for.
  public let originalStarts: [Int]
  /// For each folded scalar, the offset just past the last original scalar it stands for.
  public let originalEnds: [Int]
  /// How many scalars the original text has.
  public let originalCount: Int

  public init(
    scalars: [Unicode.Scalar], originalStarts: [Int], originalEnds: [Int], originalCount: Int
  ) {
    precondition(scalars.count == originalStarts.count && scalars.count == originalEnds.count)
    self.scalars = scalars
    self.originalStarts = originalStarts
    self.originalEnds = originalEnds
    self.originalCount = originalCount
  }

  /// The number of folded scalars.
  public var count: Int { scalars.count }

  /// The folded text as a string (for display and debugging).
  public var string: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// The original scalar range that a range of folded scalars stands for.
  ///
  /// An empty folded range maps to an empty range at the original position where it sits.
  public func originalRange(ofFolded range: Range<Int>) -> Range<Int> {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "folded range out of bounds")
    if range.isEmpty {
      let position = range.lowerBound < count ? originalStarts[range.lowerBound] : originalCount
      return position..<position
    }
    return originalStarts[range.lowerBound]..<originalEnds[range.upperBound - 1]
  }

  /// Whether noise (a space, punctuation…) was skipped just before folded scalar `index`:
  /// where a slot filling stops, since a name or a time does not run across punctuation.
  public func hasBreak(before index: Int) -> Bool {
    index > 0 && index < count && originalStarts[index] > originalEnds[index - 1]
  }
}
