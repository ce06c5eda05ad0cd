/// One folded scalar of a line, as the fast scanning loops keep it.
struct FoldedSlot {
  /// Original scalar offsets covered by the folded scalar.
  var start: Int32
  var end: Int32
  /// The same span in the line's UTF-8 bytes, so reports can copy the matched words without
  /// decoding the line again.
  var byteStart: Int32
  var byteEnd: Int32
  /// The longest entry starting here so far (length 0: none).
  var bestLength: Int32
  var bestPattern: Int32
}

/// The folding pass of the fast scanning loops: the class of each folded scalar of a line and
/// the original offsets it covers.
///
/// It follows `FoldingRules`, as the `String` folder does (the equivalence tests hold the two
/// to each other), with every value it keeps in registers: decoding, one table load per
/// scalar, no branches on what the automaton does. Class-table sentinels are `FoldTable`'s.
enum FoldingPass {
  /// Four bytes from `index` as a little-endian word: the first byte in the low bits.
  @inline(__always)
  private static func load32(_ bytes: UnsafePointer<UInt8>, _ index: Int) -> UInt32 {
    UInt32(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt32.self))
  }

  /// Folds `count` bytes into `symbols` and `slots` (room for `count` of each, since a line never
  /// has more folded scalars than bytes). Returns the number of folded scalars and whether the
  /// line is well-formed UTF-8.
  @inline(__always)
  static func fold(
    _ bytes: UnsafePointer<UInt8>, _ count: Int, tables: AutomatonTables,
    _ symbols: UnsafeMutablePointer<UInt32>, _ slots: UnsafeMutablePointer<FoldedSlot>
  ) -> (count: Int, wellFormed: Bool) {
    let classTable = UnsafePointer(tables.classTable.baseAddress!)
    var rules = FoldingRules(collapsesRepeats: tables.collapsesRepeats)
    var index = 0
    var position: Int32 = 0  // original offset of the next scalar
    var folded = 0
    var wellFormed = true

    while index < count {
      let first = index
      let byte = bytes[index]
      var value = UInt32(byte)
      if byte < 0x80 {
        index &+= 1
      } else if index &+ 3 < count, case let word = load32(bytes, index),
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
        // U+FFFD here is ill-formed bytes, unless the line spelled it out itself.
        if value == UTF8Scalars.replacement, index &- first != 3 || bytes[first] != 0xEF {
          wellFormed = false
        }
      }
      let here = position
      position &+= 1
      let symbol = tables.symbol(of: value, classTable)

      // Digit classes never collapse; nor does class 0, which no pattern uses.
      switch rules.step(symbol, mayCollapse: symbol > AutomatonTables.lastDigitClass) {
      case .skip:
        continue
      case .widen:
        slots[folded &- 1].end = here &+ 1
        slots[folded &- 1].byteEnd = Int32(truncatingIfNeeded: index)
      case .add:
        symbols[folded] = symbol
        slots[folded] = FoldedSlot(
          start: here, end: here &+ 1, byteStart: Int32(truncatingIfNeeded: first),
          byteEnd: Int32(truncatingIfNeeded: index), bestLength: 0, bestPattern: 0)
        folded &+= 1
      }
    }
    return (folded, wellFormed)
  }

  /// Records an entry of `length` folded scalars ending at `position` as the longest starting
  /// where it starts. Entries starting at one position arrive in order of end, so each is
  /// longer than any kept for its start.
  @inline(__always)
  static func keep(
    code: UInt32, length: UInt32, endingAt position: Int, in slots: UnsafeMutablePointer<FoldedSlot>
  ) {
    let start = position &- Int(length) &+ 1
    slots[start].bestLength = Int32(bitPattern: length)
    slots[start].bestPattern = Int32(bitPattern: code)
  }

  /// Leftmost-longest over `slots[0..<count]`: each start's longest entry, left to right,
  /// unless the last one taken covers it. Calls `take` with the first and last slot of each hit.
  ///
  /// Written without branches (which start is taken is as unpredictable as the text): every
  /// start is written down in `taken` (room for `count`), and only taken ones advance the count.
  @inline(__always)
  static func select(
    _ slots: UnsafeMutablePointer<FoldedSlot>, _ count: Int, taken: UnsafeMutablePointer<Int32>,
    _ take: (_ first: FoldedSlot, _ last: FoldedSlot) -> Void
  ) {
    var takenCount = 0
    var takenUntil = 0
    for start in 0..<count {
      let length = Int(slots[start].bestLength)
      let chosen = length > 0 && start >= takenUntil
      taken[takenCount] = Int32(truncatingIfNeeded: start)
      takenCount &+= chosen ? 1 : 0
      takenUntil = chosen ? start &+ length : takenUntil
    }
    for index in 0..<takenCount {
      let first = slots[Int(taken[index])]
      take(first, slots[Int(taken[index]) &+ Int(first.bestLength) &- 1])
    }
  }
}
