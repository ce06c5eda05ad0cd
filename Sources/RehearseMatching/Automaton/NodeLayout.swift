/// The scanner's memory layout of a trie: every state a small record in one `[UInt32]`, in
/// depth-first order, so that following a phrase through the text reads memory sequentially
/// and a state's outputs share its cache line.
///
/// A record at word offset `s` is `fail, k, shape, outputs…, edges…`:
/// - `fail`: offset of the failure state's record;
/// - `k`: how many entries end at this state (its own and, through failure links, shorter
///   ones), followed after `shape` by `k` pairs `code, length`, longest first, where `code` is
///   `EntryRoles.codes` of the entry and `length` its length in folded scalars;
/// - `shape`: `singleChild | symbol` when the state has exactly one child, whose record then
///   follows the outputs immediately (depth-first order puts it there); otherwise the child
///   count `n`, and the outputs are followed by `n` pairs `symbol, child offset`, sorted.
struct NodeLayout {
  static let singleChild: UInt32 = 0x8000_0000

  /// The root's transitions by symbol (the root's own record is at offset 0).
  private(set) var rootNext: [UInt32]
  private(set) var nodes: [UInt32] = []

  init(trie: Trie, codes: [UInt32], symbolCount: Int) {
    rootNext = [UInt32](repeating: 0, count: symbolCount)
    let outputs = Self.outputLists(trie, codes: codes)

    // Depth-first, children in symbol order; records are written with placeholder targets
    // that are patched once every state has an offset.
    var offset = [UInt32](repeating: 0, count: trie.count)
    var edgesAt = [Int](repeating: 0, count: trie.count)
    var stack: [UInt32] = [0]
    var order: [UInt32] = []
    order.reserveCapacity(trie.count)
    while let state = stack.popLast() {
      order.append(state)
      offset[Int(state)] = UInt32(nodes.count)
      let children = trie.children[Int(state)]
      let own = outputs[Int(state)]
      nodes.append(0)
      nodes.append(UInt32(own.count / 2))
      if state != 0, children.count == 1 {
        nodes.append(Self.singleChild | UInt32(children[0] >> 32))
      } else {
        nodes.append(state == 0 ? 0 : UInt32(children.count))
      }
      nodes.append(contentsOf: own)
      edgesAt[Int(state)] = nodes.count
      if state != 0, children.count > 1 {
        for edge in children {
          nodes.append(UInt32(edge >> 32))
          nodes.append(0)
        }
      }
      for edge in children.reversed() { stack.append(UInt32(truncatingIfNeeded: edge)) }
    }
    for state in order {
      nodes[Int(offset[Int(state)])] = offset[Int(trie.fail[Int(state)])]
      let children = trie.children[Int(state)]
      if state == 0 {
        for edge in children {
          rootNext[Int(edge >> 32)] = offset[Int(UInt32(truncatingIfNeeded: edge))]
        }
      } else if children.count > 1 {
        for (index, edge) in children.enumerated() {
          nodes[edgesAt[Int(state)] + 2 * index + 1] = offset[Int(UInt32(truncatingIfNeeded: edge))]
        }
      }
    }
  }

  /// Each state's outputs as `code, length` words: its own entry, if it ends one, then its
  /// failure state's outputs (breadth-first order computes those first).
  private static func outputLists(_ trie: Trie, codes: [UInt32]) -> [[UInt32]] {
    var lists = [[UInt32]](repeating: [], count: trie.count)
    var depth = [UInt32](repeating: 0, count: trie.count)
    for state in trie.breadthFirst {
      for edge in trie.children[Int(state)] {
        depth[Int(UInt32(truncatingIfNeeded: edge))] = depth[Int(state)] + 1
      }
      guard state != 0 else { continue }
      let inherited = lists[Int(trie.fail[Int(state)])]
      let entry = trie.terminal[Int(state)]
      if entry >= 0 {
        lists[Int(state)] = [codes[Int(entry)], depth[Int(state)]] + inherited
      } else {
        lists[Int(state)] = inherited
      }
    }
    return lists
  }
}
