/// A phrase found in a text: which pattern, and where in the original text.
public struct PhraseHit: Sendable, Hashable {
  /// The index of the pattern in the list the automaton was built from.
  public let pattern: Int
  /// Offset of the first original scalar of the match.
  public let start: Int
  /// Offset just past the last original scalar of the match (end exclusive).
  public let end: Int

  public init(pattern: Int, start: Int, end: Int) {
    self.pattern = pattern
    self.start = start
    self.end = end
  }

  /// `start..<end`, in Unicode scalars of the original text.
  public var range: Range<Int> { start..<end }
}
