/// Folds the pattern specs and collects the distinct strings the automaton must find.
struct EntryCollector {
  private(set) var entries: [[UInt32]] = []
  private var index: [FoldedKey: Int] = [:]
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
    let key = FoldedKey(folded)
    if let known = index[key] { return known }
    index[key] = entries.count
    entries.append(folded)
    patterns.append([])
    allowOwners.append([])
    return entries.count - 1
  }

  var roles: EntryRoles {
    EntryRoles(patterns: patterns, allowOwners: allowOwners, patternHasAllow: patternHasAllow)
  }
}

/// A folded string as a dictionary key, hashed once with FNV-1a: the standard hash of an array
/// feeds every element through the hasher, and thousands of phrases are looked up at start-up.
private struct FoldedKey: Hashable {
  let values: [UInt32]
  let digest: UInt64

  init(_ values: [UInt32]) {
    self.values = values
    var digest: UInt64 = 0xCBF2_9CE4_8422_2325
    for value in values { digest = (digest ^ UInt64(value)) &* 0x0100_0000_01B3 }
    self.digest = digest
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(digest)
  }

  static func == (left: FoldedKey, right: FoldedKey) -> Bool {
    left.digest == right.digest && left.values == right.values
  }
}
