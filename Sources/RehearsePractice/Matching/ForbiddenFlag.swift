import RehearseContent

/// A forbidden phrase found in what a trainee said, with where it is in their words.
public struct ForbiddenFlag: Sendable {
  public let phrase: ForbiddenPhrase
  /// Offsets in Unicode scalars into the answer, end exclusive.
  public let range: Range<Int>
  /// The answer's own text over that range, as typed.
  public let matched: String

  public var isBanned: Bool { phrase.severity == .banned }
}

extension String {
  /// The text between two scalar offsets.
  func scalars(_ range: Range<Int>) -> String {
    let scalars = Array(unicodeScalars)
    let clamped = range.clamped(to: 0..<scalars.count)
    return String(String.UnicodeScalarView(scalars[clamped]))
  }
}
