/// Turns candidate matches into hits: resolves each to a pattern, cancels the ones an allow
/// phrase covers, then keeps the leftmost-longest non-overlapping ones.
struct HitSelection: ~Copyable {
  /// Per folded start (relative to the earliest candidate): the best candidate starting there,
  /// or -1. Kept all -1 between lines.
  private var bestAt = ScanBuffer<Int32>(capacity: 256)
  /// Candidates that are allow phrases of some pattern.
  private var allowMatches: [Int] = []

  init() {
    bestAt.count = bestAt.capacity
    for slot in 0..<bestAt.count { bestAt[slot] = -1 }
  }

  mutating func select(
    from found: inout ScanBuffer<Candidate>, roles: EntryRoles, into hits: inout [PhraseHit]
  ) {
    let count = found.count
    let candidates = found.base
    if roles.hasAllowPhrases { collectAllowMatches(candidates, count, roles) }
    var lowest = Int32.max
    var highest = Int32.min
    for index in 0..<count {
      let code = candidates[index].code
      let pattern =
        code & EntryRoles.unresolved == 0
        ? Int32(bitPattern: code) : Int32(resolve(candidates[index], candidates, roles))
      candidates[index].pattern = pattern
      if pattern >= 0 {
        lowest = min(lowest, candidates[index].foldedStart)
        highest = max(highest, candidates[index].foldedStart)
      }
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
          PhraseHit(pattern: Int(candidate.pattern), start: Int(candidate.start), end: Int(candidate.end)))
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

  private mutating func collectAllowMatches(
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
  }

  /// The lowest pattern with this text whose hit here no allow phrase of its own covers.
  private func resolve(
    _ candidate: Candidate, _ candidates: UnsafeMutablePointer<Candidate>, _ roles: EntryRoles
  ) -> Int {
    for pattern in roles.patterns[Int(candidate.code & ~EntryRoles.unresolved)] {
      if !roles.patternHasAllow[pattern] { return pattern }
      let covered = allowMatches.contains { allowIndex in
        let allow = candidates[allowIndex]
        return allow.foldedStart <= candidate.foldedStart && candidate.foldedEnd <= allow.foldedEnd
          && roles.allowOwners[Int(allow.code & ~EntryRoles.unresolved)].contains(pattern)
      }
      if !covered { return pattern }
    }
    return -1
  }
}
