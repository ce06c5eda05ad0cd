/// The scanner's memory layout of a trie: every state a small record in one `[UInt32]`, in
/// depth-first order, so that following a phrase through the text reads memory sequentially.
///
/// A record at word offset `s` is `fail, outputs, edges…`:
/// - `fail`: offset of the failure state's record;
/// - `outputs`: index in `outputs` of the state's output list, or 0 for none;
/// - if the state has exactly one child, `singleChild | symbol`, and the child's record follows
///   immediately (depth-first order puts it there);
/// - otherwise the child count `n`, then `n` pairs `symbol, child offset`, sorted by symbol.
/// Most states of a phrase list are on a single path, so most records are three words.
struct NodeLayout {
  static let singleChild: UInt32 = 0x8000_0000

  /// The root's transitions by symbol (the root's own record is at offset 0).
  private(set) var rootNext: [UInt32]
  private(set) var nodes: [UInt32] = []
  /// Output lists: `count`, then `count` entries `length << 32 | entry`, longest first. Index 0
  /// is a placeholder so that 0 can mean "no outputs".
  private(set) var outputs: [UInt64] = [0]

  init(trie: Trie, symbolCount: Int) {
    rootNext = [UInt32](repeating: 0, count: symbolCount)
    let outputIndex = Self.outputLists(trie, into: &outputs)

    // Depth-first, children in symbol order; records are written with placeholder targets
    // that are patched once every state has an offset.
    var offset = [UInt32](repeating: 0, count: trie.count)
    var stack: [UInt32] = [0]
    var order: [UInt32] = []
    order.reserveCapacity(trie.count)
    while let state = stack.popLast() {
      order.append(state)
      offset[Int(state)] = UInt32(nodes.count)
      let children = trie.children[Int(state)]
      nodes.append(0)
      nodes.append(outputIndex[Int(state)])
      if state != 0, children.count == 1 {
        nodes.append(Self.singleChild | UInt32(children[0] >> 32))
      } else {
        nodes.append(state == 0 ? 0 : UInt32(children.count))
        if state != 0 {
          for edge in children {
            nodes.append(UInt32(edge >> 32))
            nodes.append(0)
          }
        }
      }
      for edge in children.reversed() { stack.append(UInt32(truncatingIfNeeded: edge)) }
    }
    for state in order {
      let base = Int(offset[Int(state)])
      nodes[base] = offset[Int(trie.fail[Int(state)])]
      let children = trie.children[Int(state)]
      if state == 0 {
        for edge in children {
          rootNext[Int(edge >> 32)] = offset[Int(UInt32(truncatingIfNeeded: edge))]
        }
      } else if children.count > 1 {
        for (index, edge) in children.enumerated() {
          nodes[base + 4 + 2 * index] = offset[Int(UInt32(truncatingIfNeeded: edge))]
        }
      }
    }
  }

  /// Each state's output list index. A state that is not itself the end of an entry outputs
  /// exactly what its failure state does, so it shares that list instead of copying it.
  private static func outputLists(_ trie: Trie, into outputs: inout [UInt64]) -> [UInt32] {
    var index = [UInt32](repeating: 0, count: trie.count)
    var depth = [UInt32](repeating: 0, count: trie.count)
    for state in trie.breadthFirst {
      for edge in trie.children[Int(state)] {
        depth[Int(UInt32(truncatingIfNeeded: edge))] = depth[Int(state)] + 1
      }
      guard state != 0 else { continue }
      let inherited = index[Int(trie.fail[Int(state)])]
      let entry = trie.terminal[Int(state)]
      guard entry >= 0 else {
        index[Int(state)] = inherited
        continue
      }
      index[Int(state)] = UInt32(outputs.count)
      let inheritedCount = inherited == 0 ? 0 : Int(outputs[Int(inherited)])
      outputs.append(UInt64(inheritedCount + 1))
      outputs.append(UInt64(depth[Int(state)]) << 32 | UInt64(entry))
      for position in 0..<inheritedCount {
        outputs.append(outputs[Int(inherited) + 1 + position])
      }
    }
    return index
  }
}
