/// The scanning loop for lines where allow phrases are in play: it collects every candidate
/// match, then selects, since a cancellation can only be decided once the whole allow match is
/// known.
///
/// It runs over a line the folding pass has folded already (`BatchSelection` keeps it), so the
/// folding rules are applied once, in one place, whichever loop then matches.
struct CandidateCollection: ~Copyable {
  private let tables: AutomatonTables
  private let roles: EntryRoles
  private var candidates = ScanBuffer<Candidate>(capacity: 64)
  private var selection = HitSelection()

  init(tables: AutomatonTables, roles: EntryRoles) {
    self.tables = tables
    self.roles = roles
  }

  /// Scans a folded line of `count` folded scalars, appending its hits to `hits`.
  mutating func scan(
    _ symbols: UnsafePointer<UInt32>, _ slots: UnsafePointer<FoldedSlot>, _ count: Int,
    into hits: inout [PhraseHit]
  ) {
    let nodes = UnsafePointer(tables.nodes.baseAddress!)
    let rootNext = UnsafePointer(tables.rootNext.baseAddress!)
    var state: UInt32 = 0
    candidates.count = 0
    for folded in 0..<count {
      let symbol = symbols[folded]
      state = symbol == 0 ? 0 : AutomatonTables.next(state, symbol, nodes, rootNext)
      let outputCount = Int(nodes[Int(state) + NodeLayout.Record.outputCount])
      var output = Int(state) + NodeLayout.Record.outputs
      for _ in 0..<outputCount {
        let start = folded - Int(nodes[output + 1]) + 1
        candidates.append(
          Candidate(
            start: slots[start].start, end: slots[folded].end,
            foldedStart: Int32(start), foldedEnd: Int32(folded + 1), code: nodes[output]))
        output += NodeLayout.pairWords
      }
    }
    if candidates.count > 0 {
      selection.select(from: &candidates, roles: roles, into: &hits)
    }
  }
}
