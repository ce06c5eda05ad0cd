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
///   follows the outputs immediately (depth-first order puts it there); `hashed | bits` for a
///   state with many children, followed by a hash table of pairs; otherwise the child count
///   `n`, and the outputs are followed by `n` pairs `symbol, child offset`, sorted.
struct NodeLayout {
  /// Word offsets within a state's record, from the record's own offset.
  enum Record {
    /// The failure state's record offset.
    static let fail = 0
    /// How many entries end at the state.
    static let outputCount = 1
    /// The state's shape: one child, hashed edges, or a sorted list.
    static let shape = 2
    /// Where the `code, length` pairs of the outputs start.
    static let outputs = 3
  }

  /// Words per pair: an output's `code, length`, an edge's `symbol, child`.
  static let pairWords = 2

  /// Where the edges of the state at `state` start: after its outputs.
  @inline(__always)
  static func edges(of state: Int, outputCount: Int) -> Int {
    state &+ Record.outputs &+ pairWords &* outputCount
  }

  static let singleChild: UInt32 = 0x8000_0000
  /// `shape` flag of a state with more than `sortedLimit` children: its edges are an
  /// open-addressing hash table of `1 << (shape & 0xFF)` pairs (symbol 0 marks an empty pair).
  /// These are the shallow states the scan falls back to most, and a binary search over their
  /// many children is a chain of dependent loads; a hash probe is usually one.
  static let hashed: UInt32 = 0x4000_0000
  /// The most children a state keeps as a sorted list scanned linearly.
  static let sortedLimit = 8

  /// The first pair a symbol probes in a hash table of `1 << bits` pairs.
  @inline(__always)
  static func hashSlot(_ symbol: UInt32, bits: UInt32) -> Int {
    Int((symbol &* 0x9E37_79B1) >> (32 &- bits))
  }

  /// The root's transitions by symbol (the root's own record is at offset 0).
  private(set) var rootNext: [UInt32]
  private(set) var nodes: [UInt32] = []

  init(trie: Trie, codes: [UInt32], symbolCount: Int) {
    rootNext = [UInt32](repeating: 0, count: symbolCount)
    let depth = trie.depth
    // A state's outputs: its own entry, if it ends one, then those of its failure chain,
    // longest first. Written straight into the record, with no list per state.
    func outputCount(of state: UInt32) -> UInt32 {
      var count: UInt32 = 0
      var current = state
      while current != 0 {
        if trie.terminal[Int(current)] >= 0 { count += 1 }
        current = trie.fail[Int(current)]
      }
      return count
    }
    func appendOutputs(of state: UInt32, to nodes: inout [UInt32]) {
      var current = state
      while current != 0 {
        let entry = trie.terminal[Int(current)]
        if entry >= 0 {
          nodes.append(codes[Int(entry)])
          nodes.append(depth[Int(current)])
        }
        current = trie.fail[Int(current)]
      }
    }

    // Depth-first, children in symbol order, which is the trie's own numbering; records are
    // written with placeholder targets that are patched once every state has an offset.
    var offset = [UInt32](repeating: 0, count: trie.count)
    // Per child of a state with several children: the pair its edge occupies.
    var pairOf = [Int](repeating: 0, count: trie.count)
    for state in 0..<UInt32(trie.count) {
      offset[Int(state)] = UInt32(nodes.count)
      let children = trie.children(of: state)
      nodes.append(0)
      nodes.append(outputCount(of: state))
      if state != 0, children.count == 1 {
        nodes.append(Self.singleChild | UInt32(children.first! >> 32))
        appendOutputs(of: state, to: &nodes)
      } else if state != 0, children.count > Self.sortedLimit {
        var bits: UInt32 = 4
        while 1 << bits < 2 * children.count { bits += 1 }
        nodes.append(Self.hashed | bits)
        appendOutputs(of: state, to: &nodes)
        var table = [UInt32](repeating: 0, count: 2 << bits)
        let mask = (1 << bits) - 1
        for edge in children {
          let symbol = UInt32(edge >> 32)
          var slot = Self.hashSlot(symbol, bits: bits)
          while table[2 * slot] != 0 { slot = (slot + 1) & mask }
          table[2 * slot] = symbol
          pairOf[Int(UInt32(truncatingIfNeeded: edge))] = nodes.count + 2 * slot
        }
        nodes.append(contentsOf: table)
      } else {
        nodes.append(state == 0 ? 0 : UInt32(children.count))
        appendOutputs(of: state, to: &nodes)
        if state != 0 {
          for edge in children {
            pairOf[Int(UInt32(truncatingIfNeeded: edge))] = nodes.count
            nodes.append(UInt32(edge >> 32))
            nodes.append(0)
          }
        }
      }
    }
    for state in 0..<UInt32(trie.count) {
      nodes[Int(offset[Int(state)])] = offset[Int(trie.fail[Int(state)])]
      let children = trie.children(of: state)
      if state == 0 {
        for edge in children {
          rootNext[Int(edge >> 32)] = offset[Int(UInt32(truncatingIfNeeded: edge))]
        }
      } else if children.count > 1 {
        for edge in children {
          let child = Int(UInt32(truncatingIfNeeded: edge))
          nodes[pairOf[child] + 1] = offset[child]
        }
      }
    }
  }
}
