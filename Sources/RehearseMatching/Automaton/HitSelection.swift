/// Turns candidate matches into hits: resolves each to a pattern, cancels the ones an allow
/// phrase covers, then keeps the leftmost-longest non-overlapping ones.
struct HitSelection: ~Copyable {
  /// Per folded start (relative to the earliest candidate): the best candidate starting there,
  /// or -1. Kept all -1 between lines.
  private var bestAt = ScanBuffer<Int32>(capacity: 256)
  /// Candidates that are allow phrases of some pattern.
  private var allowMatches: [Int] = []
  /// Candidates whose pattern depends on allow phrases.
  private var unresolved: [Int] = []

  init() {
    bestAt.count = bestAt.capacity
    for slot in 0..<bestAt.count { bestAt[slot] = -1 }
  }

  mutating func select(
    from found: inout ScanBuffer<Candidate>, roles: EntryRoles, into hits: inout [PhraseHit]
  ) {
    let count = found.count
    let candidates = found.base
    unresolved.removeAll(keepingCapacity: true)
    for index in 0..<count {
      let code = candidates[index].code
      if code & EntryRoles.unresolved == 0 {
        candidates[index].pattern = Int32(bitPattern: code)
      } else {
        unresolved.append(index)
      }
    }
    if !unresolved.isEmpty { resolve(candidates, count, roles) }
    var lowest = Int32.max
    var highest = Int32.min
    for index in 0..<count where candidates[index].pattern >= 0 {
      lowest = min(lowest, candidates[index].foldedStart)
      highest = max(highest, candidates[index].foldedStart)
    }
    guard lowest <= highest else { return }

    // Leftmost-longest: for each start keep the longest (then lowest pattern), then sweep the
    // starts left to right taking each best candidate that does not overlap the last taken.
    // Bucketing by start avoids sorting; the span is at most the line's folded length.
    let span = Int(highest - lowest) + 1
    if bestAt.capacity < span {
      bestAt = ScanBuffer(capacity: span)
      bestAt.count = bestAt.capacity
      for slot in 0..<bestAt.count { bestAt[slot] = -1 }
    }
    let best = bestAt.base
    for index in 0..<count where candidates[index].pattern >= 0 {
      let slot = Int(candidates[index].foldedStart - lowest)
      let current = Int(best[slot])
      if current < 0 || Self.isBetter(candidates[index], than: candidates[current]) {
        best[slot] = Int32(index)
      }
    }
    var takenUntil = Int32.min
    for slot in 0..<span {
      let index = Int(best[slot])
      guard index >= 0 else { continue }
      best[slot] = -1  // leave the buffer clean for the next line
      let candidate = candidates[index]
      if candidate.foldedStart >= takenUntil {
        hits.append(
          PhraseHit(
            pattern: Int(candidate.pattern), start: Int(candidate.start), end: Int(candidate.end)))
        takenUntil = candidate.foldedEnd
      }
    }
  }

  @inline(__always)
  private static func isBetter(_ candidate: Candidate, than other: Candidate) -> Bool {
    if candidate.foldedLength != other.foldedLength {
      return candidate.foldedLength > other.foldedLength
    }
    return candidate.pattern < other.pattern
  }

  /// Resolves the candidates whose pattern depends on allow phrases: each takes the lowest of
  /// its text's patterns that no allow phrase of that pattern covers, or none.
  ///
  /// Both lists are swept in order of folded start, keeping for each pattern the furthest end
  /// of its allow matches that start at or before the candidate: the candidate is covered
  /// exactly when that end reaches its own. Linear after sorting, however many allow phrases a
  /// long line holds.
  private mutating func resolve(
    _ candidates: UnsafeMutablePointer<Candidate>, _ count: Int, _ roles: EntryRoles
  ) {
    allowMatches.removeAll(keepingCapacity: true)
    for index in 0..<count {
      let code = candidates[index].code
      if code & EntryRoles.unresolved != 0,
        !roles.allowOwners[Int(code & ~EntryRoles.unresolved)].isEmpty
      {
        allowMatches.append(index)
      }
    }
    allowMatches.sort { candidates[$0].foldedStart < candidates[$1].foldedStart }
    unresolved.sort { candidates[$0].foldedStart < candidates[$1].foldedStart }
    var furthestAllowEnd: [Int: Int32] = [:]
    var nextAllow = 0
    for index in unresolved {
      let candidate = candidates[index]
      while nextAllow < allowMatches.count,
        candidates[allowMatches[nextAllow]].foldedStart <= candidate.foldedStart
      {
        let allow = candidates[allowMatches[nextAllow]]
        for owner in roles.allowOwners[Int(allow.code & ~EntryRoles.unresolved)] {
          furthestAllowEnd[owner] = max(furthestAllowEnd[owner] ?? Int32.min, allow.foldedEnd)
        }
        nextAllow += 1
      }
      let patterns = roles.patterns[Int(candidate.code & ~EntryRoles.unresolved)]
      let pattern = patterns.first { pattern in
        !roles.patternHasAllow[pattern]
          || (furthestAllowEnd[pattern] ?? Int32.min) < candidate.foldedEnd
      }
      candidates[index].pattern = Int32(pattern ?? -1)
    }
  }
}
