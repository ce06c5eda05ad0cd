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

  /// One state of the automaton: its outgoing edges, its failure link and what ends there.
  struct State {
    var edgeStart: UInt32
    var edgeCount: UInt32
    var fail: UInt32
    var outputStart: UInt32
    var outputCount: UInt32
  }

  /// Raw BMP scalar → character class of its folded form (0 when no pattern uses it), or the
  /// `noise`/`mark` sentinel. Folding and classing are one load per scalar.
  let classTable: UnsafeMutableBufferPointer<UInt32>
  /// The root's transitions, dense: root is where most scalars of ordinary text land.
  let rootNext: UnsafeMutableBufferPointer<UInt32>
  /// All states, in breadth-first order (root is 0).
  let states: UnsafeMutableBufferPointer<State>
  /// Edges of non-root states, `class << 32 | target`, sorted by class within a state.
  let edges: UnsafeMutableBufferPointer<UInt64>
  /// What ends at each state, including through failure links: `length << 32 | entry`, longest
  /// first, where `length` is in folded scalars.
  let outputs: UnsafeMutableBufferPointer<UInt64>
  /// Folded scalars above the BMP → class (scalars above the BMP are folded on the slow path).
  let astralClasses: [UInt32: UInt32]
  /// How scalars above the BMP are folded.
  let foldTable: FoldTable
  /// Whether runs of the same class collapse (`FoldingOptions.collapseRepeats`).
  let collapsesRepeats: Bool
  /// The longest entry, in folded scalars; sizes the scanner's ring of start offsets.
  let longestEntry: Int

  init(
    classTable: [UInt32], rootNext: [UInt32], states: [State], edges: [UInt64],
    outputs: [UInt64], astralClasses: [UInt32: UInt32], foldTable: FoldTable, longestEntry: Int
  ) {
    self.classTable = Self.copy(classTable)
    self.rootNext = Self.copy(rootNext)
    self.states = Self.copy(states)
    self.edges = Self.copy(edges)
    self.outputs = Self.copy(outputs)
    self.astralClasses = astralClasses
    self.foldTable = foldTable
    self.collapsesRepeats = foldTable.options.contains(.collapseRepeats)
    self.longestEntry = longestEntry
  }

  deinit {
    classTable.deallocate()
    rootNext.deallocate()
    states.deallocate()
    edges.deallocate()
    outputs.deallocate()
  }

  private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
    // Never zero-sized, so every buffer has a base address.
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
    _ = buffer.initialize(from: array)
    return buffer
  }

  /// The class of a scalar above the BMP (the slow path).
  func astralClass(_ value: UInt32) -> UInt32 {
    let folded = foldTable.foldAstral(value)
    if folded == Self.noise || folded == Self.mark { return folded }
    if folded < 0x10000 {
      // An astral compatibility form (a mathematical letter) can fold into the BMP. Folding is
      // idempotent (FoldingTableTests check it), so the folded scalar's own entry is its class.
      let symbol = classTable[Int(folded)]
      return symbol >= Self.mark ? 0 : symbol
    }
    return astralClasses[folded] ?? 0
  }

  /// The state reached from `state` on `symbol`, following failure links on a miss.
  @inline(__always)
  func next(_ state: UInt32, _ symbol: UInt32) -> UInt32 {
    var current = state
    while current != 0 {
      let record = states[Int(current)]
      let start = Int(record.edgeStart)
      let count = Int(record.edgeCount)
      if count <= 8 {
        for index in start..<(start + count) {
          let edge = edges[index]
          if UInt32(truncatingIfNeeded: edge >> 32) == symbol {
            return UInt32(truncatingIfNeeded: edge)
          }
        }
      } else {
        var low = start
        var high = start + count
        while low < high {
          let middle = (low + high) >> 1
          let edgeSymbol = UInt32(truncatingIfNeeded: edges[middle] >> 32)
          if edgeSymbol == symbol { return UInt32(truncatingIfNeeded: edges[middle]) }
          if edgeSymbol < symbol { low = middle + 1 } else { high = middle }
        }
      }
      current = record.fail
    }
    return rootNext[Int(symbol)]
  }
}
