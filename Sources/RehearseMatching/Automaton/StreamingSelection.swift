/// Leftmost-longest selection on the fly, without storing candidates: the fast path.
///
/// For each folded start it keeps only the longest entry starting there. A start is settled once the scan is `longest` scalars past it, since no entry can
/// start there and end later; settled starts are taken left to right unless the last hit taken
/// covers them. Only entries that resolve to a pattern in advance are handled: an allow phrase,
/// or a pattern that has one, makes `output` return false, and the line is scanned again with
/// `CandidateCollection`.
struct StreamingSelection: MatchSink, ~Copyable {
  /// The longest entry, in folded scalars.
  private let longest: Int32
  private let mask: Int
  /// Rings indexed by folded position: original start and end of each folded scalar, and the
  /// best entry starting there (`bestLength` 0: none).
  private var startAt: ScanBuffer<Int32>
  private var endAt: ScanBuffer<Int32>
  private var bestLength: ScanBuffer<Int32>
  private var bestPattern: ScanBuffer<Int32>
  /// Folded end of the last hit taken: nothing starting before it can be taken.
  private var takenUntil: Int32 = 0
  /// The next start to settle.
  private var nextToSettle: Int32 = 0
  private var latest: Int32 = -1
  private var pending: [PhraseHit] = []

  init(longest: Int) {
    self.longest = Int32(max(longest, 1))
    var size = 2
    while size < 2 * (longest + 1) { size <<= 1 }
    mask = size - 1
    startAt = ScanBuffer(capacity: size)
    endAt = ScanBuffer(capacity: size)
    bestLength = ScanBuffer(capacity: size)
    bestPattern = ScanBuffer(capacity: size)
  }

  mutating func reset() {
    takenUntil = 0
    nextToSettle = 0
    latest = -1
    pending.removeAll(keepingCapacity: true)
  }

  @inline(__always)
  mutating func folded(_ position: Int32, start: Int32) {
    let slot = Int(position) & mask
    startAt[slot] = start
    endAt[slot] = start + 1
    bestLength[slot] = 0
    latest = position
    // Starts `longest` or more scalars back can gain no entry, and the scalar before this one
    // can gain no mark: settle them.
    while nextToSettle <= position - longest {
      settle(nextToSettle)
      nextToSettle += 1
    }
  }

  @inline(__always)
  mutating func output(code: UInt32, length: Int32, at position: Int32) -> Bool {
    guard code & EntryRoles.unresolved == 0 else { return false }
    let pattern = Int32(bitPattern: code)
    let start = position - length + 1
    // Entries starting at one position arrive in order of end, so each is longer than the one
    // kept before it (two entries with the same start and length would be the same string).
    if start >= takenUntil {
      let slot = Int(start) & mask
      bestLength[slot] = length
      bestPattern[slot] = pattern
    }
    return true
  }

  @inline(__always)
  mutating func extend(to end: Int32) {
    if latest >= 0 { endAt[Int(latest) & mask] = end }
  }

  mutating func finish(foldedCount: Int32, into hits: inout [PhraseHit]) {
    while nextToSettle < foldedCount {
      settle(nextToSettle)
      nextToSettle += 1
    }
    hits.append(contentsOf: pending)
  }

  @inline(__always)
  private mutating func settle(_ start: Int32) {
    let slot = Int(start) & mask
    let length = bestLength[slot]
    guard length > 0, start >= takenUntil else { return }
    let end = start + length
    pending.append(
      PhraseHit(
        pattern: Int(bestPattern[slot]), start: Int(startAt[slot]),
        end: Int(endAt[Int(end - 1) & mask])))
    takenUntil = end
  }
}
