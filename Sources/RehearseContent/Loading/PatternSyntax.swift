/// One piece of a forbidden-wording pattern: words of which any one will do, or a gap.
public enum PatternPiece: Sendable, Hashable {
  /// One of these texts, here (a literal run is a single alternative).
  case oneOf([String])
  /// Up to `maximumGap` characters of the same clause.
  case gap
}

/// Reads the pattern syntax of forbidden wording: `(找|打|拨)…10086`, `你自己…去`, `爱(办|买)不`.
///
/// Literal text stands for itself; `(a|b|c)` is a choice of alternatives (not nested); `…` or
/// `...` is a gap of up to `maximumGap` characters that does not cross a clause's end. Spaces are
/// ignored. A `|` outside parentheses is an error, so that `找|打 … 10086` is not read as
/// 「找」 or 「打…10086」.
public enum PatternSyntax {
  /// The widest gap `…` stands for, in folded characters.
  public static let maximumGap = 8

  /// Why a pattern cannot be read.
  public enum Problem: Error, Sendable, Equatable {
    case unbalancedParenthesis
    case emptyAlternative
    case alternativesOutsideParentheses
    case nestedParenthesis
    case gapAtEdge
    case noText
  }

  /// The pieces of `pattern`, or why it cannot be read.
  public static func parse(_ pattern: String) -> Result<[PatternPiece], Problem> {
    var pieces: [PatternPiece] = []
    var literal = ""
    var alternatives: [String]?
    var current = ""
    let text = pattern.replacingOccurrences(of: "...", with: "…")
    func flushLiteral() {
      if !literal.isEmpty { pieces.append(.oneOf([literal])) }
      literal = ""
    }
    for character in text where !character.isWhitespace {
      switch character {
      case "(", "（":
        guard alternatives == nil else { return .failure(.nestedParenthesis) }
        flushLiteral()
        alternatives = []
        current = ""
      case ")", "）":
        guard var open = alternatives else { return .failure(.unbalancedParenthesis) }
        guard !current.isEmpty else { return .failure(.emptyAlternative) }
        open.append(current)
        pieces.append(.oneOf(open))
        alternatives = nil
      case "|", "｜":
        guard alternatives != nil else { return .failure(.alternativesOutsideParentheses) }
        guard !current.isEmpty else { return .failure(.emptyAlternative) }
        alternatives!.append(current)
        current = ""
      case "…":
        guard alternatives == nil else { return .failure(.unbalancedParenthesis) }
        flushLiteral()
        if case .gap = pieces.last {} else { pieces.append(.gap) }
      default:
        if alternatives != nil { current.append(character) } else { literal.append(character) }
      }
    }
    guard alternatives == nil else { return .failure(.unbalancedParenthesis) }
    flushLiteral()
    guard pieces.contains(where: { if case .oneOf = $0 { true } else { false } }) else {
      return .failure(.noText)
    }
    if case .gap = pieces.first { return .failure(.gapAtEdge) }
    if case .gap = pieces.last { return .failure(.gapAtEdge) }
    return .success(pieces)
  }

  /// The pattern as it reads to a person: `(找|打)…10086` becomes 「找/打…10086」.
  public static func display(_ pieces: [PatternPiece]) -> String {
    pieces.map { piece in
      switch piece {
      case .oneOf(let words): words.joined(separator: "/")
      case .gap: "…"
      }
    }.joined()
  }
}
