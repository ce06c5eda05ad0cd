/// Reads a line of UTF-8 one folded scalar at a time, the way `FoldedTextBuilder` folds a
/// `String`: noise skipped, marks and collapsed repeats reported as extensions of the previous
/// folded scalar. `CandidateCollection` reads lines with it; `StreamingSelection` writes the
/// same rules out by hand for speed, and the equivalence tests hold both to `TextFolder`.
struct FoldedScalarReader {
  /// What the next original scalar amounts to.
  enum Event {
    /// A new folded scalar of class `symbol` (0: no pattern uses it), at original offset `at`.
    case folded(symbol: UInt32, at: Int32)
    /// The latest folded scalar also covers original scalars up to `end`.
    case extend(end: Int32)
    /// Noise, or a mark with nothing to attach to.
    case skip
    /// The line is over.
    case end
  }

  private let bytes: UnsafePointer<UInt8>
  private let count: Int
  private let tables: AutomatonTables
  private let classTable: UnsafePointer<UInt16>
  private var index = 0
  /// Original offset of the next scalar.
  private(set) var position: Int32 = 0
  private var previousSymbol: UInt32 = 0
  private var afterNoise = false
  private var hasFolded = false

  init(_ bytes: UnsafePointer<UInt8>, count: Int, tables: AutomatonTables) {
    self.bytes = bytes
    self.count = count
    self.tables = tables
    classTable = UnsafePointer(tables.classTable.baseAddress!)
  }

  @inline(__always)
  mutating func next() -> Event {
    guard index < count else { return .end }
    let byte = bytes[index]
    var value = UInt32(byte)
    if byte < 0x80 {
      index &+= 1
    } else if byte &- 0xE1 < 12 || byte &- 0xEE < 2, index &+ 2 < count,
      bytes[index &+ 1] & 0xC0 == 0x80, bytes[index &+ 2] & 0xC0 == 0x80
    {
      // Three-byte sequences whose lead allows any continuation: all of CJK, and the
      // full-width forms. Everything else takes the general decoder.
      value =
        (value & 0x0F) << 12 | UInt32(bytes[index &+ 1] & 0x3F) << 6
        | UInt32(bytes[index &+ 2] & 0x3F)
      index &+= 3
    } else {
      value = UTF8Scalars.decodeNonASCII(bytes, &index, count)
    }
    let here = position
    position &+= 1
    let symbol = tables.symbol(of: value, classTable)

    if symbol >= AutomatonTables.mark {
      if symbol == AutomatonTables.noise {
        afterNoise = true
        return .skip
      }
      // A mark after noise decorates the noise, not the scalar before it.
      return afterNoise || !hasFolded ? .skip : .extend(end: here &+ 1)
    }
    afterNoise = false
    if tables.collapsesRepeats, symbol == previousSymbol, symbol > AutomatonTables.lastDigitClass {
      return .extend(end: here &+ 1)
    }
    previousSymbol = symbol
    hasFolded = true
    return .folded(symbol: symbol, at: here)
  }
}
