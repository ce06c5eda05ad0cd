/// What each distinct folded string of the automaton stands for: the patterns whose text it is
/// and the patterns it is an allow phrase of. One string may be both, or several of each.
final class EntryRoles: Sendable {
  /// `resolution` of an entry that is only an allow phrase.
  static let allowOnly: Int32 = -1
  /// `resolution` of an entry that needs `patterns` and the allow phrases to resolve.
  static let needsCheck: Int32 = -2

  /// Per entry: the pattern it reports when that is settled in advance (no pattern with this
  /// text has an allow phrase), else `allowOnly` or `needsCheck`. The scanner reads
  /// only this on the common path.
  let resolution: [Int32]
  /// Per entry: the patterns whose text this is, ascending.
  let patterns: [[Int]]
  /// Per entry: the patterns this is an allow phrase of.
  let allowOwners: [[Int]]
  /// Per pattern: whether it has any allow phrase that folds to something.
  let patternHasAllow: [Bool]
  /// Whether any entry is an allow phrase (otherwise no hit can be cancelled).
  let hasAllowPhrases: Bool

  init(patterns: [[Int]], allowOwners: [[Int]], patternHasAllow: [Bool]) {
    self.patterns = patterns
    self.allowOwners = allowOwners
    self.patternHasAllow = patternHasAllow
    hasAllowPhrases = allowOwners.contains { !$0.isEmpty }
    resolution = patterns.map { list in
      guard let first = list.first else { return Self.allowOnly }
      // Several patterns with one text report the lowest, unless an allow phrase may cancel it.
      return list.contains { patternHasAllow[$0] } ? Self.needsCheck : Int32(first)
    }
  }
}

/// Folds the pattern specs and collects the distinct strings the automaton must find.
struct EntryCollector {
  private(set) var entries: [[UInt32]] = []
  private var index: [[UInt32]: Int] = [:]
  private var patterns: [[Int]] = []
  private var allowOwners: [[Int]] = []

  /// Patterns whose text folds to nothing (only noise): they can never match.
  private(set) var unmatchable: [Int] = []

  init(specs: [PatternSpec], folder: TextFolder) {
    patternHasAllow = [Bool](repeating: false, count: specs.count)
    for (patternIndex, spec) in specs.enumerated() {
      let folded = Self.foldedValues(spec.text, folder)
      guard !folded.isEmpty else {
        unmatchable.append(patternIndex)
        continue
      }
      patterns[entry(for: folded)].append(patternIndex)
      for phrase in spec.allow {
        let allowFolded = Self.foldedValues(phrase, folder)
        guard !allowFolded.isEmpty else { continue }
        let owners = entry(for: allowFolded)
        if allowOwners[owners].last != patternIndex { allowOwners[owners].append(patternIndex) }
        patternHasAllow[patternIndex] = true
      }
    }
  }

  private var patternHasAllow: [Bool] = []

  private mutating func entry(for folded: [UInt32]) -> Int {
    if let known = index[folded] { return known }
    index[folded] = entries.count
    entries.append(folded)
    patterns.append([])
    allowOwners.append([])
    return entries.count - 1
  }

  private static func foldedValues(_ text: String, _ folder: TextFolder) -> [UInt32] {
    folder.fold(text).scalars.map(\.value)
  }

  var roles: EntryRoles {
    EntryRoles(patterns: patterns, allowOwners: allowOwners, patternHasAllow: patternHasAllow)
  }
}
