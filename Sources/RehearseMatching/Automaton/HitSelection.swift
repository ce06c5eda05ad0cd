/// Turns candidate matches into hits: resolves each to a pattern, cancels the ones an allow
/// phrase covers, then keeps the leftmost-longest non-overlapping ones.
struct HitSelection {
  /// Per folded start (relative to the earliest candidate): the best candidate starting there.
  private var bestAt: [Int32] = []
  /// Candidates that are allow phrases of some pattern.
  private var allowMatches: [Int] = []

  mutating func select(from found: inout [Candidate], roles: EntryRoles, into hits: inout [PhraseHit]) {
    allowMatches.removeAll(keepingCapacity: true)
    if roles.hasAllowPhrases {
      for index in found.indices where !roles.allowOwners[Int(found[index].entry)].isEmpty {
        allowMatches.append(index)
      }
    }
    var lowest = Int.max
    var highest = Int.min
    for index in found.indices {
      let entry = Int(found[index].entry)
      var pattern = Int(roles.firstPattern[entry])
      if roles.needsCheck[entry] {
        pattern = resolve(found[index], roles.patterns[entry], roles: roles, found: found)
      }
      found[index].pattern = pattern
      if pattern >= 0 {
        lowest = min(lowest, found[index].foldedStart)
        highest = max(highest, found[index].foldedStart)
      }
    }
    guard lowest <= highest else { return }

    // Leftmost-longest: for each start keep the longest (then lowest pattern), then sweep the
    // starts left to right taking each best candidate that does not overlap the last taken.
    // Bucketing by start avoids sorting; the span is at most the line's folded length.
    let span = highest - lowest + 1
    if bestAt.count < span { bestAt = [Int32](repeating: -1, count: span) }
    for index in found.indices where found[index].pattern >= 0 {
      let slot = found[index].foldedStart - lowest
      let current = Int(bestAt[slot])
      if current < 0 || Self.isBetter(found[index], than: found[current]) {
        bestAt[slot] = Int32(index)
      }
    }
    var takenUntil = Int.min
    for slot in 0..<span {
      let index = Int(bestAt[slot])
      guard index >= 0 else { continue }
      bestAt[slot] = -1  // leave the buffer clean for the next line
      let candidate = found[index]
      if candidate.foldedStart >= takenUntil {
        hits.append(PhraseHit(pattern: candidate.pattern, start: candidate.start, end: candidate.end))
        takenUntil = candidate.foldedEnd
      }
    }
  }

  private static func isBetter(_ candidate: Candidate, than other: Candidate) -> Bool {
    if candidate.foldedLength != other.foldedLength {
      return candidate.foldedLength > other.foldedLength
    }
    return candidate.pattern < other.pattern
  }

  /// The lowest of `patterns` whose hit here is not covered by one of its allow phrases.
  private func resolve(
    _ candidate: Candidate, _ patterns: [Int], roles: EntryRoles, found: [Candidate]
  ) -> Int {
    for pattern in patterns {
      if !roles.patternHasAllow[pattern] { return pattern }
      let covered = allowMatches.contains { allowIndex in
        let allow = found[allowIndex]
        return allow.foldedStart <= candidate.foldedStart && candidate.foldedEnd <= allow.foldedEnd
          && roles.allowOwners[Int(allow.entry)].contains(pattern)
      }
      if !covered { return pattern }
    }
    return -1
  }
}
