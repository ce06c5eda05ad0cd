/// What each distinct folded string of the automaton stands for: the patterns whose text it is
/// and the patterns it is an allow phrase of. One string may be both, or several of each.
struct EntryRoles: Sendable {
  /// Per entry: the lowest pattern index whose text this is, or -1 for a pure allow phrase.
  let firstPattern: [Int32]
  /// Per entry: whether resolving it needs more than `firstPattern` (several patterns share the
  /// text, or one of them has allow phrases).
  let needsCheck: [Bool]
  /// Per entry: the patterns whose text this is, ascending.
  let patterns: [[Int]]
  /// Per entry: the patterns this is an allow phrase of.
  let allowOwners: [[Int]]
  /// Per pattern: whether it has any allow phrase that folds to something.
  let patternHasAllow: [Bool]
  /// Whether any entry is an allow phrase (otherwise no hit can be cancelled).
  let hasAllowPhrases: Bool
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
    EntryRoles(
      firstPattern: patterns.map { Int32($0.first ?? -1) },
      needsCheck: patterns.map { $0.count > 1 || $0.contains { patternHasAllow[$0] } },
      patterns: patterns,
      allowOwners: allowOwners,
      patternHasAllow: patternHasAllow,
      hasAllowPhrases: allowOwners.contains { !$0.isEmpty }
    )
  }
}
