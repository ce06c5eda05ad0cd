/// The fast scanning loop: fold the line into a buffer, then run the automaton over it and
/// select leftmost-longest hits on the fly, without storing candidates.
///
/// Two passes keep each loop small enough for its values to live in registers: folding
/// (decoding, one table load per scalar) depends only on the bytes; the matching pass then reads
/// classes from a buffer that stays in the first-level cache.
///
/// For each folded start the matching pass keeps only the longest entry starting there (entries
/// starting at one position arrive in order of end, so each is longer than the one kept before
/// it). A start is settled once the scan is `longest` folded scalars past it, since no entry can
/// start there and end later; settled starts are taken left to right unless the last hit taken
/// covers them. Only entries that resolve to a pattern in advance are handled: an allow phrase,
/// or a pattern that has one, stops the scan, and the line is scanned again by
/// `CandidateCollection`.
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
  /// The longest entry, in folded scalars.
  private let longest: Int32
  private var symbols = ScanBuffer<UInt32>(capacity: 256)
  private var slots = ScanBuffer<Slot>(capacity: 256)

  init(tables: AutomatonTables) {
    self.tables = tables
    longest = Int32(max(tables.longestEntry, 1))
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
      } else if byte &- 0xE1 < 12 || byte &- 0xEE < 2, index &+ 2 < count,
        bytes[index &+ 1] & 0xC0 == 0x80, bytes[index &+ 2] & 0xC0 == 0x80
      {
        // Three-byte sequences whose lead allows any continuation: all of CJK, and the
        // full-width forms. Everything else takes the general decoder.
        value = (value & 0x0F) << 12 | UInt32(bytes[index &+ 1] & 0x3F) << 6
          | UInt32(bytes[index &+ 2] & 0x3F)
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
  private func match(
    _ count: Int, _ symbols: UnsafeMutablePointer<UInt32>, _ slots: UnsafeMutablePointer<Slot>,
    _ hits: inout [PhraseHit]
  ) -> Bool {
    let nodes = UnsafePointer(tables.nodes.baseAddress!)
    let rootNext = UnsafePointer(tables.rootNext.baseAddress!)
    let lag = Int(longest)
    var state: UInt32 = 0
    var takenUntil = 0  // folded end of the last hit taken
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
          // No test against the last hit taken: settling makes it, and a branch here would be
          // as unpredictable as the text.
          let length = nodes[output &+ 1]
          let start = position &- Int(length) &+ 1
          slots[start].bestLength = Int32(bitPattern: length)
          slots[start].bestPattern = Int32(bitPattern: code)
          output &+= 2
        } while output < end
      }
      // No entry can start `lag` positions back and end later: settle that start.
      if position >= lag {
        Self.settle(position &- lag, slots, &takenUntil, &hits)
      }
      position &+= 1
    }
    var start = max(count &- lag, 0)
    while start < count {
      Self.settle(start, slots, &takenUntil, &hits)
      start &+= 1
    }
    return true
  }

  /// Takes the entry kept for `start` if there is one and no hit taken covers it.
  @inline(__always)
  private static func settle(
    _ start: Int, _ slots: UnsafeMutablePointer<Slot>, _ takenUntil: inout Int,
    _ hits: inout [PhraseHit]
  ) {
    let slot = slots[start]
    if slot.bestLength > 0, start >= takenUntil {
      takenUntil = start &+ Int(slot.bestLength)
      hits.append(
        PhraseHit(
          pattern: Int(slot.bestPattern), start: Int(slot.start), end: Int(slots[takenUntil &- 1].end)))
    }
  }
}
