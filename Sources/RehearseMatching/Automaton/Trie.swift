/// A trie over class symbols with its Aho–Corasick failure links.
///
/// The entries are inserted in sorted order, so the trie needs no hash table to find a child
/// while it grows (a new entry shares a prefix only with the one before it), and its states
/// come out numbered depth-first, each state's children in symbol order: the order the
/// scanner's layout wants.
struct Trie {
  /// Per state: the entry ending there, or -1.
  private(set) var terminal: [Int32] = [-1]
  /// Per state: the length of its string.
  private(set) var depth: [UInt32] = [0]
  /// Every state's children as `symbol << 32 | child`, state after state, each run sorted by
  /// symbol; state `s`'s run is `edges[edgeStart[s]..<edgeStart[s + 1]]`.
  private var edges: [UInt64] = []
  private var edgeStart: [Int] = []
  /// Per state: the longest proper suffix of its string that is also a state.
  private(set) var fail: [UInt32] = []

  var count: Int { terminal.count }

  /// The children of `state` as `symbol << 32 | child`, sorted by symbol.
  func children(of state: UInt32) -> ArraySlice<UInt64> {
    edges[edgeStart[Int(state)]..<edgeStart[Int(state) + 1]]
  }

  /// A trie of `entries`, which must be distinct; entry `i` ends at the state whose
  /// `terminal` is `i`.
  init(entries: [[UInt32]]) {
    let sorted = entries.indices.sorted { entries[$0].lexicographicallyPrecedes(entries[$1]) }
    var parent: [UInt32] = [0]
    var symbol: [UInt32] = [0]
    // The states along the entry inserted last, by depth.
    var path: [UInt32] = [0]
    var previous: [UInt32] = []
    for index in sorted {
      let entry = entries[index]
      var shared = 0
      while shared < entry.count, shared < previous.count, entry[shared] == previous[shared] {
        shared += 1
      }
      path.removeLast(path.count - shared - 1)
      for position in shared..<entry.count {
        let state = UInt32(terminal.count)
        terminal.append(-1)
        depth.append(UInt32(position + 1))
        parent.append(path[position])
        symbol.append(entry[position])
        path.append(state)
      }
      terminal[Int(path[entry.count])] = Int32(index)
      previous = entry
    }
    // Children, grouped by parent: states were created in order, so each run comes out sorted.
    edgeStart = [Int](repeating: 0, count: count + 1)
    for state in 1..<count { edgeStart[Int(parent[state]) + 1] += 1 }
    for state in 0..<count { edgeStart[state + 1] += edgeStart[state] }
    edges = [UInt64](repeating: 0, count: count - 1)
    var cursor = edgeStart
    for state in 1..<count {
      let owner = Int(parent[state])
      edges[cursor[owner]] = UInt64(symbol[state]) << 32 | UInt64(state)
      cursor[owner] += 1
    }
    computeFailureLinks(symbolCount: Int(symbol.max() ?? 0) + 1)
  }

  /// Breadth-first: the failure target of a child is found by following its parent's failure
  /// chain to the first state that has a child on the same symbol.
  private mutating func computeFailureLinks(symbolCount: Int) {
    var rootChild = [UInt32](repeating: 0, count: symbolCount)
    for edge in children(of: 0) { rootChild[Int(edge >> 32)] = UInt32(truncatingIfNeeded: edge) }
    fail = [UInt32](repeating: 0, count: count)
    // Breadth-first order: a state's failure target is always settled before it.
    var breadthFirst: [UInt32] = [0]
    breadthFirst.reserveCapacity(count)
    var head = 0
    while head < breadthFirst.count {
      let state = breadthFirst[head]
      head += 1
      for edge in children(of: state) {
        let child = UInt32(truncatingIfNeeded: edge)
        breadthFirst.append(child)
        guard state != 0 else { continue }
        let symbol = UInt32(edge >> 32)
        var candidate = fail[Int(state)]
        while candidate != 0, self.child(of: candidate, on: symbol) == nil {
          candidate = fail[Int(candidate)]
        }
        fail[Int(child)] =
          candidate == 0 ? rootChild[Int(symbol)] : self.child(of: candidate, on: symbol)!
      }
    }
  }

  /// The child of `state` on `symbol`, by binary search of its run.
  private func child(of state: UInt32, on symbol: UInt32) -> UInt32? {
    var low = edgeStart[Int(state)]
    var high = edgeStart[Int(state) + 1]
    let key = UInt64(symbol) << 32
    while low < high {
      let middle = (low + high) / 2
      if edges[middle] < key { low = middle + 1 } else { high = middle }
    }
    guard low < edgeStart[Int(state) + 1], edges[low] >> 32 == UInt64(symbol) else { return nil }
    return UInt32(truncatingIfNeeded: edges[low])
  }
}
