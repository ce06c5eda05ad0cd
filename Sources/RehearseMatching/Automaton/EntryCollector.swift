/// Folds the pattern specs and collects the distinct strings the automaton must find.
struct EntryCollector {
  private(set) var entries: [[UInt32]] = []
  private var index: [[UInt32]: Int] = [:]
  private var patterns: [[Int]] = []
  private var allowOwners: [[Int]] = []

  /// Patterns whose text folds to nothing (only noise): they can never match.
  private(set) var unmatchable: [Int] = []
  private var patternHasAllow: [Bool] = []

  init(specs: [PatternSpec], folder: TextFolder) {
    patternHasAllow = [Bool](repeating: false, count: specs.count)
    for (patternIndex, spec) in specs.enumerated() {
      let folded = folder.foldedValues(spec.text)
      guard !folded.isEmpty else {
        unmatchable.append(patternIndex)
        continue
      }
      patterns[entry(for: folded)].append(patternIndex)
      for phrase in spec.allow {
        let allowFolded = folder.foldedValues(phrase)
        guard !allowFolded.isEmpty else { continue }
        let owners = entry(for: allowFolded)
        if allowOwners[owners].last != patternIndex { allowOwners[owners].append(patternIndex) }
        patternHasAllow[patternIndex] = true
      }
    }
  }

  private mutating func entry(for folded: [UInt32]) -> Int {
    if let known = index[folded] { return known }
    index[folded] = entries.count
    entries.append(folded)
    patterns.append([])
    allowOwners.append([])
    return entries.count - 1
  }

  var roles: EntryRoles {
    EntryRoles(patterns: patterns, allowOwners: allowOwners, patternHasAllow: patternHasAllow)
  }
}
