/// The fast scanning loop: fold the line into a buffer, run the automaton over it keeping the
/// longest entry for each start, then select leftmost-longest hits — no list of candidates.
///
/// Two passes keep each loop small enough for its values to live in registers: folding
/// (decoding, one table load per scalar) depends only on the bytes; the matching pass then reads
/// classes from a buffer that stays in the first-level cache.
///
/// For each folded start the matching pass keeps only the longest entry starting there (entries
/// starting at one position arrive in order of end, so each is longer than the one kept before
/// it); the starts are then taken left to right unless the last hit taken covers them. Only
/// entries that resolve to a pattern in advance are handled: an allow phrase, or a pattern that
/// has one, stops the scan, and the line is scanned again by `CandidateCollection`.
///
/// The folding pass applies the same rules as `FoldedScalarReader` (the equivalence tests hold
/// both to the `String` folder), written out so every value it keeps fits in registers.
struct StreamingSelection: ~Copyable {
  /// One slot per folded scalar of the line.
  struct Slot {
    /// Original offsets covered by the folded scalar.
    var start: Int32
    var end: Int32
    /// The longest entry starting here so far (length 0: none).
    var bestLength: Int32
    var bestPattern: Int32
  }

  private let tables: AutomatonTables
  private var symbols = ScanBuffer<UInt32>(capacity: 256)
  private var slots = ScanBuffer<Slot>(capacity: 256)
  /// The folded starts of the hits taken.
  private var chosen = ScanBuffer<Int32>(capacity: 256)

  init(tables: AutomatonTables) {
    self.tables = tables
  }

  /// Scans a line, appending its hits to `hits`. Returns false, with `hits` in an unspecified
  /// state, when an entry needs allow-list resolution.
  mutating func scan(_ bytes: UnsafePointer<UInt8>, _ count: Int, into hits: inout [PhraseHit]) -> Bool {
    // A line never has more folded scalars than bytes.
    symbols.reserve(count)
    slots.reserve(count)
    let folded = fold(bytes, count, symbols.base, slots.base)
    return match(folded, symbols.base, slots.base, &hits)
  }

  /// Four bytes from `index` as a little-endian word: the first byte in the low bits.
  @inline(__always)
  private static func load32(_ bytes: UnsafePointer<UInt8>, _ index: Int) -> UInt32 {
    UInt32(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt32.self))
  }

  /// The folding pass: the class of each folded scalar and the original offsets it covers.
  /// Returns the number of folded scalars.
  private func fold(
    _ bytes: UnsafePointer<UInt8>, _ count: Int, _ symbols: UnsafeMutablePointer<UInt32>,
    _ slots: UnsafeMutablePointer<Slot>
  ) -> Int {
    let tables = self.tables
    let classTable = UnsafePointer(tables.classTable.baseAddress!)
    // Repeats collapse above this class: digit classes never do, and without collapsing none.
    let collapseAbove = tables.collapsesRepeats ? AutomatonTables.lastDigitClass : UInt32.max
    var index = 0
    var position: Int32 = 0  // original offset of the next scalar
    var folded = 0
    var previousSymbol: UInt32 = 0
    // A mark attaches to the latest folded scalar only if one exists and no noise came since.
    var marksAttach = false

    while index < count {
      let byte = bytes[index]
      var value = UInt32(byte)
      if byte < 0x80 {
        index &+= 1
      } else if index &+ 3 < count, case let word = Self.load32(bytes, index),
        word & 0x00C0_C0F0 == 0x0080_80E0,
        case let decoded = (word & 0x0F) << 12 | (word >> 2 & 0x0FC0) | (word >> 16 & 0x3F),
        decoded >= 0x800, decoded & 0xF800 != 0xD800
      {
        // A well-formed three-byte sequence (all of CJK, the full-width forms), checked with
        // one four-byte load: lead 1110xxxx, two 10xxxxxx continuations, not overlong, not a
        // surrogate. Everything else takes the general decoder.
        value = decoded
        index &+= 3
      } else {
        value = UTF8Scalars.decodeNonASCII(bytes, &index, count)
      }
      let here = position
      position &+= 1
      let symbol = value < 0x10000 ? classTable[Int(value)] : tables.astralClass(value)

      if symbol >= AutomatonTables.mark {
        if symbol == AutomatonTables.noise {
          marksAttach = false
        } else if marksAttach {
          slots[folded &- 1].end = here &+ 1
        }
        continue
      }
      marksAttach = true
      if symbol == previousSymbol, symbol > collapseAbove {
        slots[folded &- 1].end = here &+ 1
        continue
      }
      previousSymbol = symbol
      symbols[folded] = symbol
      slots[folded] = Slot(start: here, end: here &+ 1, bestLength: 0, bestPattern: 0)
      folded &+= 1
    }
    return folded
  }

  /// The matching pass over `count` folded scalars.
  private mutating func match(
    _ count: Int, _ symbols: UnsafeMutablePointer<UInt32>, _ slots: UnsafeMutablePointer<Slot>,
    _ hits: inout [PhraseHit]
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
          // Entries starting at one position arrive in order of end, so this one is longer
          // than any kept for its start.
          let length = nodes[output &+ 1]
          let start = position &- Int(length) &+ 1
          slots[start].bestLength = Int32(bitPattern: length)
          slots[start].bestPattern = Int32(bitPattern: code)
          output &+= 2
        } while output < end
      }
      position &+= 1
    }
    // Leftmost-longest: each start's longest entry, left to right, unless the last one taken
    // covers it. Written without branches (which start is taken is as unpredictable as the
    // text): every start is written down, and only taken ones advance the count.
    chosen.reserve(count)
    let taken = chosen.base
    var takenCount = 0
    var takenUntil = 0
    for start in 0..<count {
      let length = Int(slots[start].bestLength)
      let take = length > 0 && start >= takenUntil
      taken[takenCount] = Int32(truncatingIfNeeded: start)
      takenCount &+= take ? 1 : 0
      takenUntil = take ? start &+ length : takenUntil
    }
    for index in 0..<takenCount {
      let slot = slots[Int(taken[index])]
      hits.append(
        PhraseHit(
          pattern: Int(slot.bestPattern), start: Int(slot.start),
          end: Int(slots[Int(taken[index]) &+ Int(slot.bestLength) &- 1].end)))
    }
    return true
  }
}
