/// Compiles folded patterns into `AutomatonTables`: a trie over character classes, breadth-first
/// failure links (Aho–Corasick) and, for each state, every entry that ends there.
struct AutomatonBuilder {
  /// The distinct folded strings to find (patterns and allow phrases share them).
  let entries: [[UInt32]]
  let foldTable: FoldTable

  func build() -> AutomatonTables {
    var classes = SymbolClasses()
    let symbolEntries = entries.map { $0.map { classes.symbol(for: $0) } }
    let trie = Trie(entries: symbolEntries)
    let layout = trie.breadthFirstLayout(symbolCount: classes.count)
    return AutomatonTables(
      classTable: classes.classTable(folding: foldTable),
      rootNext: layout.rootNext,
      states: layout.states,
      edges: layout.edges,
      outputs: layout.outputs,
      astralClasses: classes.astral,
      foldTable: foldTable,
      longestEntry: entries.map(\.count).max() ?? 0
    )
  }
}

/// Dense numbering of the folded scalars the patterns use; everything else is class 0.
struct SymbolClasses {
  private var bmp = [UInt32](repeating: 0, count: 0x10000)
  private(set) var astral: [UInt32: UInt32] = [:]
  /// Classes handed out so far, including 0 and the ten digit classes.
  private(set) var count: Int = Int(AutomatonTables.lastDigitClass) + 1

  init() {
    for digit in 0..<10 { bmp[0x30 + digit] = UInt32(digit + 1) }
  }

  mutating func symbol(for folded: UInt32) -> UInt32 {
    if folded < 0x10000 {
      if bmp[Int(folded)] == 0 {
        bmp[Int(folded)] = UInt32(count)
        count += 1
      }
      return bmp[Int(folded)]
    }
    if let known = astral[folded] { return known }
    astral[folded] = UInt32(count)
    count += 1
    return UInt32(count - 1)
  }

  /// The scanner's table: raw BMP scalar → class of its folded form, or noise/mark.
  func classTable(folding foldTable: FoldTable) -> [UInt32] {
    [UInt32](unsafeUninitializedCapacity: 0x10000) { buffer, initialized in
      foldTable.bmp.withUnsafeBufferPointer { folds in
        bmp.withUnsafeBufferPointer { classes in
          for raw in 0..<0x10000 {
            let folded = folds[raw]
            if folded >= AutomatonTables.mark {
              buffer[raw] = folded
            } else if folded < 0x10000 {
              buffer[raw] = classes[Int(folded)]
            } else {
              buffer[raw] = astral[folded] ?? 0
            }
          }
        }
      }
      initialized = 0x10000
    }
  }
}

/// A trie over class symbols, in creation order, with the entry that ends at each node.
struct Trie {
  private var children: [UInt64: UInt32] = [:]
  /// Per state: the entry ending there, or -1.
  private var terminal: [Int32] = [-1]
  private var depth: [UInt32] = [0]
  /// Edges in creation order; grouped by parent into `firstEdge`/`edgeSymbols`/`edgeTargets`.
  private var edgeParents: [UInt32] = []
  private var edgeSymbols: [UInt32] = []
  private var edgeTargets: [UInt32] = []

  init(entries: [[UInt32]]) {
    children.reserveCapacity(entries.reduce(0) { $0 + $1.count })
    for (index, entry) in entries.enumerated() {
      var state: UInt32 = 0
      for symbol in entry {
        let key = UInt64(state) << 32 | UInt64(symbol)
        if let next = children[key] {
          state = next
        } else {
          let next = UInt32(terminal.count)
          children[key] = next
          terminal.append(-1)
          depth.append(depth[Int(state)] + 1)
          edgeParents.append(state)
          edgeSymbols.append(symbol)
          edgeTargets.append(next)
          state = next
        }
      }
      terminal[Int(state)] = Int32(index)
    }
  }

  private func child(_ state: UInt32, _ symbol: UInt32) -> UInt32? {
    children[UInt64(state) << 32 | UInt64(symbol)]
  }

  /// The final tables: states renumbered breadth-first (parents before children, failure
  /// targets before the states that fail to them), failure links and output lists.
  func breadthFirstLayout(symbolCount: Int) -> (
    rootNext: [UInt32], states: [AutomatonTables.State], edges: [UInt64], outputs: [UInt64]
  ) {
    let stateCount = terminal.count
    // Group edges by parent (counting sort), children sorted by symbol.
    var firstEdge = [Int](repeating: 0, count: stateCount + 1)
    for parent in edgeParents { firstEdge[Int(parent) + 1] += 1 }
    for state in 0..<stateCount { firstEdge[state + 1] += firstEdge[state] }
    var grouped = [UInt64](repeating: 0, count: edgeParents.count)
    var fill = firstEdge
    for index in edgeParents.indices {
      let parent = Int(edgeParents[index])
      grouped[fill[parent]] = UInt64(edgeSymbols[index]) << 32 | UInt64(edgeTargets[index])
      fill[parent] += 1
    }
    for state in 0..<stateCount { grouped[firstEdge[state]..<firstEdge[state + 1]].sort() }

    // Breadth-first order and failure links (on old numbers).
    var order: [UInt32] = [0]
    order.reserveCapacity(stateCount)
    var fail = [UInt32](repeating: 0, count: stateCount)
    var head = 0
    while head < order.count {
      let state = order[head]
      head += 1
      for edge in grouped[firstEdge[Int(state)]..<firstEdge[Int(state) + 1]] {
        let symbol = UInt32(truncatingIfNeeded: edge >> 32)
        let target = UInt32(truncatingIfNeeded: edge)
        order.append(target)
        if state == 0 { continue }
        var candidate = fail[Int(state)]
        while true {
          if let next = child(candidate, symbol) {
            fail[Int(target)] = next
            break
          }
          if candidate == 0 { break }
          candidate = fail[Int(candidate)]
        }
      }
    }
    var newNumber = [UInt32](repeating: 0, count: stateCount)
    for (position, state) in order.enumerated() { newNumber[Int(state)] = UInt32(position) }

    // Lay out states, edges and outputs in the new order. A state's outputs are its own entry
    // followed by its failure target's outputs (already laid out: it is shallower).
    var states: [AutomatonTables.State] = []
    states.reserveCapacity(stateCount)
    var edges: [UInt64] = []
    edges.reserveCapacity(grouped.count)
    var outputs: [UInt64] = []
    var rootNext = [UInt32](repeating: 0, count: symbolCount)
    for state in order {
      let failure = newNumber[Int(fail[Int(state)])]
      let edgeStart = UInt32(edges.count)
      for edge in grouped[firstEdge[Int(state)]..<firstEdge[Int(state) + 1]] {
        let symbol = edge >> 32
        let target = UInt64(newNumber[Int(UInt32(truncatingIfNeeded: edge))])
        if state == 0 {
          rootNext[Int(symbol)] = UInt32(target)
        } else {
          edges.append(symbol << 32 | target)
        }
      }
      let outputStart = UInt32(outputs.count)
      if terminal[Int(state)] >= 0 {
        outputs.append(UInt64(depth[Int(state)]) << 32 | UInt64(terminal[Int(state)]))
      }
      if state != 0 {
        let inherited = states[Int(failure)]
        // Element by element: appending a slice of the array to itself would copy it all.
        for index in Int(inherited.outputStart)..<Int(inherited.outputStart + inherited.outputCount) {
          outputs.append(outputs[index])
        }
      }
      states.append(
        AutomatonTables.State(
          edgeStart: edgeStart,
          edgeCount: UInt32(edges.count) - edgeStart,
          fail: failure,
          outputStart: outputStart,
          outputCount: UInt32(outputs.count) - outputStart
        ))
    }
    return (rootNext, states, edges, outputs)
  }
}
