/// A family of forbidden wordings — 「(找|打|拨)…10086」 — matched in folded text.
///
/// Terms appear in order; consecutive terms touch unless a gap stands between them, which takes
/// up to `maximumGap` folded characters of the same clause. A hit lying inside a match of an
/// `allow` pattern (「不用您再打10086」) is cancelled.
public struct WordingPattern: Sendable {
  /// One part of a pattern.
  public enum Term: Sendable, Hashable {
    /// Any one of these texts.
    case oneOf([String])
    /// A gap of up to `maximumGap` characters.
    case gap
  }

  private enum Compiled: Sendable {
    case words([[Unicode.Scalar]])
    case gap
  }

  private let terms: [Compiled]
  private let allow: [WordingPattern]
  public let maximumGap: Int

  public init(terms: [Term], allow: [[Term]] = [], maximumGap: Int = 8, folder: TextFolder) {
    self.terms = terms.compactMap { term in
      switch term {
      case .gap: return .gap
      case .oneOf(let words):
        let folded = words.map { folder.fold($0).scalars }.filter { !$0.isEmpty }
        return folded.isEmpty ? nil : .words(folded)
      }
    }
    self.maximumGap = maximumGap
    self.allow = allow.map { WordingPattern(terms: $0, maximumGap: maximumGap, folder: folder) }
  }

  /// Where the pattern matches `text`, as ranges of Unicode scalars of `text`.
  public func matches(in text: String, folder: TextFolder) -> [Range<Int>] {
    matches(in: ClausedText(text, folder: folder))
  }

  /// Where the pattern matches a text folded once for many patterns.
  public func matches(in text: ClausedText) -> [Range<Int>] {
    matches(in: text.folded.scalars, clause: text.clause).map {
      text.folded.originalRange(ofFolded: $0)
    }
  }

  /// The folded ranges where the pattern matches (leftmost, non-overlapping), allow-list applied.
  func matches(in scalars: [Unicode.Scalar], clause: [Int]) -> [Range<Int>] {
    let allowed = allow.flatMap { $0.matches(in: scalars, clause: clause) }
    var found: [Range<Int>] = []
    var start = 0
    while start < scalars.count {
      if let end = match(term: 0, at: start, scalars, clause, clauseOf: start) {
        let range = start..<end
        if !allowed.contains(where: {
          $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound
        }) {
          found.append(range)
          start = end
          continue
        }
      }
      start += 1
    }
    return found
  }

  private func match(
    term: Int, at position: Int, _ scalars: [Unicode.Scalar], _ clause: [Int], clauseOf: Int
  ) -> Int? {
    guard term < terms.count else { return position }
    switch terms[term] {
    case .words(let words):
      for word in words where NegationScope.has(word, in: scalars, at: position) {
        if let end = match(
          term: term + 1, at: position + word.count, scalars, clause, clauseOf: clauseOf)
        {
          return end
        }
      }
      return nil
    case .gap:
      var skip = 0
      while skip <= maximumGap, position + skip < scalars.count {
        if skip > 0, clause[position + skip - 1] != clause[position + skip] { break }
        if let end = match(term: term + 1, at: position + skip, scalars, clause, clauseOf: clauseOf)
        {
          return end
        }
        skip += 1
      }
      return nil
    }
  }
}

/// A text folded once, with the clause of each folded character, for matching many patterns.
public struct ClausedText: Sendable {
  let folded: FoldedText
  let clause: [Int]

  public init(_ text: String, folder: TextFolder) {
    folded = folder.fold(text)
    clause = NegationScope.clauses(of: folded, original: Array(text.unicodeScalars))
  }
}
