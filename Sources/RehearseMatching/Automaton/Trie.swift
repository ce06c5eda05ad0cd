/// A trie over class symbols with its Aho–Corasick failure links, in creation order.
struct Trie {
  /// Per state: the entry ending there, or -1.
  private(set) var terminal: [Int32] = [-1]
  /// Per state: its children as `symbol << 32 | child`, sorted by symbol.
  private(set) var children: [[UInt64]] = [[]]
  /// Per state: the longest proper suffix of its string that is also a state.
  private(set) var fail: [UInt32] = []
  /// States in breadth-first order: a state's failure target comes before it.
  private(set) var breadthFirst: [UInt32] = []

  var count: Int { terminal.count }

  init(entries: [[UInt32]]) {
    var lookup: [UInt64: UInt32] = [:]
    lookup.reserveCapacity(entries.reduce(0) { $0 + $1.count })
    for (index, entry) in entries.enumerated() {
      var state: UInt32 = 0
      for symbol in entry {
        let key = UInt64(state) << 32 | UInt64(symbol)
        if let next = lookup[key] {
          state = next
        } else {
          let next = UInt32(terminal.count)
          lookup[key] = next
          terminal.append(-1)
          children.append([])
          children[Int(state)].append(UInt64(symbol) << 32 | UInt64(next))
          state = next
        }
      }
      terminal[Int(state)] = Int32(index)
    }
    for state in children.indices where children[state].count > 1 { children[state].sort() }
    computeFailureLinks(lookup)
  }

  /// Breadth-first: the failure target of a child is found by following its parent's failure
  /// chain to the first state that has a child on the same symbol.
  private mutating func computeFailureLinks(_ lookup: [UInt64: UInt32]) {
    fail = [UInt32](repeating: 0, count: count)
    breadthFirst = [0]
    breadthFirst.reserveCapacity(count)
    var head = 0
    while head < breadthFirst.count {
      let state = breadthFirst[head]
      head += 1
      for edge in children[Int(state)] {
        let symbol = UInt64(edge >> 32)
        let child = UInt32(truncatingIfNeeded: edge)
        breadthFirst.append(child)
        guard state != 0 else { continue }
        var candidate = fail[Int(state)]
        while true {
          if let next = lookup[UInt64(candidate) << 32 | symbol] {
            fail[Int(child)] = next
            break
          }
          if candidate == 0 { break }
          candidate = fail[Int(candidate)]
        }
      }
    }
  }
}
