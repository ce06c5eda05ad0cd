/// What folding makes of one scalar of the original text.
public enum FoldedScalar: Sendable, Hashable {
  /// The scalar takes part in matching as this (possibly changed) scalar.
  case scalar(Unicode.Scalar)
  /// Noise: skipped, as if it were not there.
  case noise
  /// A combining mark: skipped, but it belongs to the character before it, so a match that ends
  /// on that character extends over the mark.
  case mark
}
