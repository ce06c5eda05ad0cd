/// Collects every candidate match, then selects: the path for lines where allow phrases are in
/// play, since a cancellation can only be decided once the whole allow match is known.
struct CandidateCollection: MatchSink, ~Copyable {
  private let roles: EntryRoles
  private let mask: Int
  /// Original start of each folded scalar, by folded position.
  private var startAt: ScanBuffer<Int32>
  private var candidates = ScanBuffer<Candidate>(capacity: 64)
  /// Candidates from `tail` on end at the latest folded scalar.
  private var tail = 0
  private var selection = HitSelection()

  init(roles: EntryRoles, longest: Int) {
    self.roles = roles
    var size = 1
    while size < longest { size <<= 1 }
    mask = size - 1
    startAt = ScanBuffer(capacity: size)
  }

  mutating func reset() {
    candidates.count = 0
    tail = 0
  }

  @inline(__always)
  mutating func folded(_ position: Int32, start: Int32) {
    startAt[Int(position) & mask] = start
    tail = candidates.count
  }

  @inline(__always)
  mutating func output(code: UInt32, length: Int32, at position: Int32) -> Bool {
    let start = position - length + 1
    let originalStart = startAt[Int(start) & mask]
    candidates.append(
      Candidate(
        start: originalStart, end: startAt[Int(position) & mask] + 1,
        foldedStart: start, foldedEnd: position + 1, code: code))
    return true
  }

  @inline(__always)
  mutating func extend(to end: Int32) {
    var index = tail
    while index < candidates.count {
      candidates[index].end = end
      index += 1
    }
  }

  mutating func finish(foldedCount: Int32, into hits: inout [PhraseHit]) {
    if candidates.count > 0 {
      selection.select(from: &candidates, roles: roles, into: &hits)
    }
  }
}
