/// A readable dump of the compiled automaton, for debugging the tables by eye: every state's
/// record in `NodeLayout` order, with its failure link, its outputs and its edges, classes
/// shown as the folded character they stand for.
///
///     0 root
///       不 → 3, 知 → 16
///     3 fail 0
///       知 → 6
///     6 fail 16
///       道 → 9
///     9 fail 19, out pattern 0 (3), pattern 1 (2)
///     …
///
/// reads (for 不知道 and 知道): state 3 is reached on 不 from the root; state 9, after 不知道,
/// fails to the state after 知道 and ends pattern 0 (three folded scalars) and pattern 1 (two).
/// An output `entry N?` needs allow-lists to resolve (`EntryRoles.unresolved`).
extension PhraseAutomaton: CustomDebugStringConvertible {
  public var debugDescription: String {
    let names = tables.classNames()
    func name(_ symbol: UInt32) -> String { names[symbol] ?? "#\(symbol)" }
    let nodes = tables.nodes
    var lines: [String] = []
    var rootEdges = tables.rootNext.enumerated().filter { $0.element != 0 }.map {
      (symbol: UInt32($0.offset), target: $0.element)
    }
    rootEdges.sort { $0.symbol < $1.symbol }
    var offset = 0
    while offset < nodes.count {
      let outputCount = Int(nodes[offset + NodeLayout.Record.outputCount])
      let shape = nodes[offset + NodeLayout.Record.shape]
      var header = offset == 0 ? "\(offset) root" : "\(offset) fail \(nodes[offset])"
      let outputs = (0..<outputCount).map { index -> String in
        let pair = offset + NodeLayout.Record.outputs + NodeLayout.pairWords * index
        let code = nodes[pair]
        let length = nodes[pair + 1]
        return code & EntryRoles.unresolved != 0
          ? "entry \(code & ~EntryRoles.unresolved)? (\(length))" : "pattern \(code) (\(length))"
      }
      if !outputs.isEmpty { header += ", out " + outputs.joined(separator: ", ") }
      lines.append(header)
      let edgesStart = NodeLayout.edges(of: offset, outputCount: outputCount)
      var edges: [(symbol: UInt32, target: UInt32)] = []
      var recordEnd = edgesStart
      if offset == 0 {
        edges = rootEdges
      } else if shape & NodeLayout.singleChild != 0 {
        edges = [(shape & ~NodeLayout.singleChild, UInt32(edgesStart))]
      } else if shape & NodeLayout.hashed != 0 {
        let pairs = 1 << Int(shape & 0xFF)
        for slot in 0..<pairs where nodes[edgesStart + 2 * slot] != 0 {
          edges.append((nodes[edgesStart + 2 * slot], nodes[edgesStart + 2 * slot + 1]))
        }
        edges.sort { $0.symbol < $1.symbol }
        recordEnd += NodeLayout.pairWords * pairs
      } else {
        for pair in 0..<Int(shape) {
          let at = edgesStart + NodeLayout.pairWords * pair
          edges.append((nodes[at], nodes[at + 1]))
        }
        recordEnd += NodeLayout.pairWords * Int(shape)
      }
      if !edges.isEmpty {
        lines.append(
          "  " + edges.map { "\(name($0.symbol)) → \($0.target)" }.joined(separator: ", "))
      }
      offset = recordEnd
    }
    return lines.joined(separator: "\n")
  }
}

extension AutomatonTables {
  /// For each class, the folded character it stands for (classes of digits and letters a
  /// pattern uses), by scanning the class table once.
  func classNames() -> [UInt32: String] {
    var names: [UInt32: String] = [:]
    let narrow = UnsafePointer(classTable.baseAddress!)
    for raw in UInt32(0)..<0x10000 {
      let symbol = self.symbol(of: raw, narrow)
      guard symbol != 0, symbol < Self.mark, names[symbol] == nil else { continue }
      // The class's own folded character, not whichever raw form of it comes first.
      let folded = foldTable.bmp[Int(raw)]
      if folded == raw, let scalar = Unicode.Scalar(raw) { names[symbol] = String(scalar) }
    }
    for (folded, symbol) in astralClasses {
      if let scalar = Unicode.Scalar(folded) { names[symbol] = String(scalar) }
    }
    return names
  }
}
