/// What each distinct folded string of the automaton stands for: the patterns whose text it is
/// and the patterns it is an allow phrase of. One string may be both, or several of each.
final class EntryRoles: Sendable {
  /// Flag of an output code that names an entry needing `patterns` and allow phrases to
  /// resolve; without it, the code is the pattern index itself.
  static let unresolved: UInt32 = 0x8000_0000

  /// Per entry: the code the automaton outputs for it. The pattern index when that is settled
  /// in advance (the entry is no allow phrase, and no pattern with this text has one; several
  /// patterns with one text report the lowest), else `unresolved | entry`. The fast path needs
  /// nothing else.
  let codes: [UInt32]
  /// Per entry: the patterns whose text this is, ascending.
  let patterns: [[Int]]
  /// Per entry: the patterns this is an allow phrase of.
  let allowOwners: [[Int]]
  /// Per pattern: whether it has any allow phrase that folds to something.
  let patternHasAllow: [Bool]

  init(patterns: [[Int]], allowOwners: [[Int]], patternHasAllow: [Bool]) {
    precondition(patterns.count < Int(Self.unresolved), "too many distinct phrases")
    self.patterns = patterns
    self.allowOwners = allowOwners
    self.patternHasAllow = patternHasAllow
    codes = patterns.indices.map { entry in
      let list = patterns[entry]
      if let first = list.first, allowOwners[entry].isEmpty,
        !list.contains(where: { patternHasAllow[$0] })
      {
        return UInt32(first)
      }
      return Self.unresolved | UInt32(entry)
    }
  }
}
