/// The fast scanning loop: leftmost-longest selection on the fly, without storing candidates.
///
/// For each folded start it keeps only the longest entry starting there (entries starting at
/// one position arrive in order of end, so each is longer than the one kept before it). A
/// start is settled once the scan is `longest` folded scalars past it: no entry can start there
/// and end later, and no mark can extend one that ends there. Settled starts are taken left to
/// right unless the last hit taken covers them. Only entries that resolve to a pattern in
/// advance are handled: an allow phrase, or a pattern that has one, stops the scan, and the
/// line is scanned again by `CandidateCollection`.
struct StreamingSelection: ~Copyable {
  private let tables: AutomatonTables
  /// The longest entry, in folded scalars.
  private let longest: Int32
  private let mask: Int
  /// Rings indexed by folded position: original start and end of each folded scalar, and the
  /// longest entry starting there (`bestLength` 0: none).
  private var startAt: ScanBuffer<Int32>
  private var endAt: ScanBuffer<Int32>
  private var bestLength: ScanBuffer<Int32>
  private var bestPattern: ScanBuffer<Int32>

  init(tables: AutomatonTables) {
    self.tables = tables
    longest = Int32(max(tables.longestEntry, 1))
    var size = 2
    while size < 2 * (tables.longestEntry + 1) { size <<= 1 }
    mask = size - 1
    startAt = ScanBuffer(capacity: size)
    endAt = ScanBuffer(capacity: size)
    bestLength = ScanBuffer(capacity: size)
    bestPattern = ScanBuffer(capacity: size)
  }

  /// Scans a line, appending its hits to `hits`. Returns false, with `hits` in an unspecified
  /// state, when an entry needs allow-list resolution.
  mutating func scan(_ bytes: UnsafePointer<UInt8>, _ count: Int, into hits: inout [PhraseHit]) -> Bool {
    // Everything the loop touches is a local, so it can live in registers.
    let nodes = UnsafePointer(tables.nodes.baseAddress!)
    let rootNext = UnsafePointer(tables.rootNext.baseAddress!)
    let startAt = self.startAt.base
    let endAt = self.endAt.base
    let bestLength = self.bestLength.base
    let bestPattern = self.bestPattern.base
    let mask = self.mask
    let longest = self.longest
    var reader = FoldedScalarReader(bytes, count: count, tables: tables)
    var state: UInt32 = 0
    var folded: Int32 = 0  // folded position of the next folded scalar
    var takenUntil: Int32 = 0  // folded end of the last hit taken
    var nextToSettle: Int32 = 0

    @inline(__always)
    func settle(_ start: Int32) {
      let slot = Int(start) & mask
      let length = bestLength[slot]
      if length > 0, start >= takenUntil {
        let end = start &+ length
        hits.append(
          PhraseHit(
            pattern: Int(bestPattern[slot]), start: Int(startAt[slot]),
            end: Int(endAt[Int(end &- 1) & mask])))
        takenUntil = end
      }
    }

    scanning: while true {
      switch reader.next() {
      case .end:
        break scanning
      case .skip:
        continue
      case .extend(let end):
        endAt[Int(folded &- 1) & mask] = end
      case .folded(let symbol, let here):
        let slot = Int(folded) & mask
        startAt[slot] = here
        endAt[slot] = here &+ 1
        bestLength[slot] = 0
        state = symbol == 0 ? 0 : AutomatonTables.next(state, symbol, nodes, rootNext)
        let outputCount = Int(nodes[Int(state) &+ 1])
        var output = Int(state) &+ 3
        for _ in 0..<outputCount {
          let code = nodes[output]
          guard code & EntryRoles.unresolved == 0 else { return false }
          let start = folded &- Int32(bitPattern: nodes[output &+ 1]) &+ 1
          if start >= takenUntil {
            let startSlot = Int(start) & mask
            bestLength[startSlot] = folded &- start &+ 1
            bestPattern[startSlot] = Int32(bitPattern: code)
          }
          output &+= 2
        }
        // The scalar before this one can gain no mark now: settle what only it could extend.
        if nextToSettle <= folded &- longest {
          settle(nextToSettle)
          nextToSettle &+= 1
        }
        folded &+= 1
      }
    }
    while nextToSettle < folded {
      settle(nextToSettle)
      nextToSettle &+= 1
    }
    return true
  }
}
