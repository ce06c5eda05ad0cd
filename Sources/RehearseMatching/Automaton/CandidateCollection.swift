/// The scanning loop for lines where allow phrases are in play: it collects every candidate
/// match, then selects, since a cancellation can only be decided once the whole allow match is
/// known.
struct CandidateCollection: ~Copyable {
  private let tables: AutomatonTables
  private let roles: EntryRoles
  private let mask: Int
  /// Original start of each folded scalar, by folded position.
  private var startAt: ScanBuffer<Int32>
  private var candidates = ScanBuffer<Candidate>(capacity: 64)
  private var selection = HitSelection()

  init(tables: AutomatonTables, roles: EntryRoles) {
    self.tables = tables
    self.roles = roles
    var size = 1
    while size < tables.longestEntry { size <<= 1 }
    mask = size - 1
    startAt = ScanBuffer(capacity: size)
  }

  /// Scans a line, appending its hits to `hits`.
  mutating func scan(_ bytes: UnsafePointer<UInt8>, _ count: Int, into hits: inout [PhraseHit]) {
    let nodes = UnsafePointer(tables.nodes.baseAddress!)
    let rootNext = UnsafePointer(tables.rootNext.baseAddress!)
    var reader = FoldedScalarReader(bytes, count: count, tables: tables)
    var state: UInt32 = 0
    var folded: Int32 = 0
    // Candidates from `tail` on end at the latest folded scalar.
    var tail = 0
    candidates.count = 0

    scanning: while true {
      switch reader.next() {
      case .end:
        break scanning
      case .skip:
        continue
      case .extend(let end):
        for index in tail..<candidates.count { candidates[index].end = end }
      case .folded(let symbol, let here):
        startAt[Int(folded) & mask] = here
        tail = candidates.count
        state = symbol == 0 ? 0 : AutomatonTables.next(state, symbol, nodes, rootNext)
        let outputCount = Int(nodes[Int(state) + 1])
        var output = Int(state) + 3
        for _ in 0..<outputCount {
          let start = folded - Int32(bitPattern: nodes[output + 1]) + 1
          candidates.append(
            Candidate(
              start: startAt[Int(start) & mask], end: here + 1,
              foldedStart: start, foldedEnd: folded + 1, code: nodes[output]))
          output += 2
        }
        folded += 1
      }
    }
    if candidates.count > 0 {
      selection.select(from: &candidates, roles: roles, into: &hits)
    }
  }
}
