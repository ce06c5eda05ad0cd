/// The compiled automaton: flat, immutable tables laid out for the scanning loop.
///
/// The tables live in manually allocated buffers so the hot loop reads them without bounds
/// checks or reference counting. They are written only by `init` and freed by `deinit`, which
/// is why the class can promise `Sendable` although Swift cannot check raw buffers.
final class AutomatonTables: @unchecked Sendable {
  /// Class-table value of a noise scalar.
  static let noise: UInt32 = FoldTable.noise
  /// Class-table value of a combining mark.
  static let mark: UInt32 = FoldTable.mark
  /// The classes of the ASCII digits `0`…`9` are always 1…10; they are the only classes that
  /// never collapse (`10086`), so the test is one comparison.
  static let lastDigitClass: UInt32 = 10

  /// Class-table value of a class too large for 16 bits: `wideClasses` has it.
  static let wide: UInt32 = 0xFFFF_FFFD
  /// The largest class the 16-bit table holds itself.
  static let narrowLimit: UInt32 = 0x7FFF

  /// Raw BMP scalar → character class of its folded form (0 when no pattern uses it), or the
  /// `noise`/`mark`/`wide` sentinel, in 16 bits (see `symbol(of:_:)`). Folding and classing
  /// are one load per scalar, and the table's CJK rows, some 40 KB, stay in the cache.
  let classTable: UnsafeMutableBufferPointer<UInt16>
  /// Raw BMP scalar → class, for the classes above `narrowLimit` (a single zero unless some
  /// pattern set uses that many distinct characters).
  let wideClasses: UnsafeMutableBufferPointer<UInt32>
  /// The root's transitions, dense: root is where most scalars of ordinary text land.
  let rootNext: UnsafeMutableBufferPointer<UInt32>
  /// Every state's record (see `NodeLayout`); a state is its record's offset, the root 0.
  let nodes: UnsafeMutableBufferPointer<UInt32>
  /// Folded scalars above the BMP → class (scalars above the BMP are folded on the slow path).
  let astralClasses: [UInt32: UInt32]
  /// How scalars above the BMP are folded.
  let foldTable: FoldTable
  /// Whether runs of the same class collapse (`FoldingOptions.collapseRepeats`).
  let collapsesRepeats: Bool
  /// The longest entry, in folded scalars: how far back a match can start.
  let longestEntry: Int

  init(
    classTable: [UInt16], wideClasses: [UInt32], rootNext: [UInt32], nodes: [UInt32],
    astralClasses: [UInt32: UInt32], foldTable: FoldTable, longestEntry: Int
  ) {
    self.classTable = Self.copy(classTable)
    self.wideClasses = Self.copy(wideClasses)
    self.rootNext = Self.copy(rootNext)
    self.nodes = Self.copy(nodes)
    self.astralClasses = astralClasses
    self.foldTable = foldTable
    self.collapsesRepeats = foldTable.options.contains(.collapseRepeats)
    self.longestEntry = longestEntry
  }

  deinit {
    classTable.deallocate()
    wideClasses.deallocate()
    rootNext.deallocate()
    nodes.deallocate()
  }

  private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
    // Never zero-sized, so every buffer has a base address.
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
    _ = buffer.initialize(from: array)
    return buffer
  }

  /// The class of a raw scalar (0 when no pattern uses it), or the `noise` or `mark` sentinel;
  /// `narrow` is `classTable`'s base address.
  @inline(__always)
  func symbol(of value: UInt32, _ narrow: UnsafePointer<UInt16>) -> UInt32 {
    guard value < 0x10000 else { return astralClass(value) }
    // Sign extension turns the 16-bit sentinels into the 32-bit ones; classes stay below 0x8000.
    let symbol = UInt32(bitPattern: Int32(Int16(bitPattern: narrow[Int(value)])))
    return symbol == Self.wide ? wideClasses[Int(value)] : symbol
  }

  /// The class of a scalar above the BMP (the slow path).
  func astralClass(_ value: UInt32) -> UInt32 {
    let folded = foldTable.foldAstral(value)
    if folded == Self.noise || folded == Self.mark { return folded }
    if folded < 0x10000 {
      // An astral compatibility form (a mathematical letter) can fold into the BMP. Folding is
      // idempotent (FoldingTableTests check it), so the folded scalar's own entry is its class.
      let symbol = self.symbol(of: folded, classTable.baseAddress!)
      return symbol >= Self.mark ? 0 : symbol
    }
    return astralClasses[folded] ?? 0
  }

  /// The state reached from `state` on `symbol`, following failure links on a miss.
  @inline(__always)
  static func next(
    _ state: UInt32, _ symbol: UInt32, _ nodes: UnsafePointer<UInt32>,
    _ rootNext: UnsafePointer<UInt32>
  ) -> UInt32 {
    var current = Int(state)
    let single = NodeLayout.singleChild | symbol
    while current != 0 {
      let shape = nodes[current &+ NodeLayout.Record.shape]
      let edges = NodeLayout.edges(
        of: current, outputCount: Int(nodes[current &+ NodeLayout.Record.outputCount]))
      // The common case first, in one comparison: a single child on this very symbol.
      if shape == single { return UInt32(edges) }
      if shape & NodeLayout.singleChild == 0 {
        if shape & NodeLayout.hashed != 0 {
          let bits = shape & 0xFF
          let mask = (1 << Int(bits)) &- 1
          var slot = NodeLayout.hashSlot(symbol, bits: bits)
          while true {
            let pair = edges &+ NodeLayout.pairWords &* slot
            let stored = nodes[pair]
            if stored == symbol { return nodes[pair &+ 1] }
            if stored == 0 { break }
            slot = (slot &+ 1) & mask
          }
        } else {
          var pair = edges
          let end = pair &+ NodeLayout.pairWords &* Int(shape)
          while pair < end {
            if nodes[pair] == symbol { return nodes[pair &+ 1] }
            pair &+= NodeLayout.pairWords
          }
        }
      }
      current = Int(nodes[current &+ NodeLayout.Record.fail])
    }
    return rootNext[Int(symbol)]
  }
}
