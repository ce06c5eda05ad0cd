/// The fast scanning loop for one line: fold the line into a buffer, run the automaton over it
/// keeping the longest entry for each start, then select leftmost-longest hits — no list of
/// candidates.
///
/// Two passes keep each loop small enough for its values to live in registers: folding
/// (`FoldingPass`: decoding, one table load per scalar) depends only on the bytes; the matching
/// pass then reads classes from a buffer that stays in the first-level cache.
///
/// Only entries that resolve to a pattern in advance are handled: an allow phrase, or a pattern
/// that has one, stops the scan, and the line is scanned again by `CandidateCollection`.
/// `BatchSelection` does the same for many lines at once.
struct StreamingSelection: ~Copyable {
  private let tables: AutomatonTables
  private var symbols = ScanBuffer<UInt32>(capacity: 256)
  private var slots = ScanBuffer<FoldedSlot>(capacity: 256)
  /// The folded starts of the hits taken.
  private var chosen = ScanBuffer<Int32>(capacity: 256)

  init(tables: AutomatonTables) {
    self.tables = tables
  }

  /// Scans a line, appending its hits to `hits`. Returns false, with `hits` in an unspecified
  /// state, when an entry needs allow-list resolution.
  mutating func scan(_ bytes: UnsafePointer<UInt8>, _ count: Int, into hits: inout [PhraseHit])
    -> Bool
  {
    // A line never has more folded scalars than bytes.
    symbols.reserve(count)
    slots.reserve(count)
    chosen.reserve(count)
    let folded = FoldingPass.fold(bytes, count, tables: tables, symbols.base, slots.base).count
    guard match(folded, symbols.base, slots.base) else { return false }
    FoldingPass.select(slots.base, folded, taken: chosen.base) { first, last in
      hits.append(
        PhraseHit(pattern: Int(first.bestPattern), start: Int(first.start), end: Int(last.end)))
    }
    return true
  }

  /// The matching pass over `count` folded scalars; false when an entry needs resolution.
  private func match(
    _ count: Int, _ symbols: UnsafeMutablePointer<UInt32>, _ slots: UnsafeMutablePointer<FoldedSlot>
  ) -> Bool {
    let nodes = UnsafePointer(tables.nodes.baseAddress!)
    let rootNext = UnsafePointer(tables.rootNext.baseAddress!)
    var state: UInt32 = 0
    var position = 0
    while position < count {
      let symbol = symbols[position]
      state = symbol == 0 ? 0 : AutomatonTables.next(state, symbol, nodes, rootNext)
      let outputCount = Int(nodes[Int(state) &+ 1])
      if outputCount != 0 {
        var output = Int(state) &+ 3
        let end = output &+ 2 &* outputCount
        repeat {
          let code = nodes[output]
          if code & EntryRoles.unresolved != 0 { return false }
          FoldingPass.keep(code: code, length: nodes[output &+ 1], endingAt: position, in: slots)
          output &+= 2
        } while output < end
      }
      position &+= 1
    }
    return true
  }
}
