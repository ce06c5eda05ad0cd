/// Scans lines for an automaton's phrases, reusing its scratch space from line to line.
///
/// The fast path of `rehearse check`: it reads UTF-8 bytes, folds each scalar with one table
/// load, steps the automaton, and never builds a `String`. Make one per thread (it is a value
/// with its own buffers); the automaton it scans for is shared.
public struct PhraseScanner {
  private let tables: AutomatonTables
  private let roles: EntryRoles
  /// Original start offset of the last `ringMask + 1` folded scalars, by folded position.
  private var ring: [Int]
  private let ringMask: Int
  private var candidates: [Candidate] = []
  private var selection = HitSelection()

  init(tables: AutomatonTables, roles: EntryRoles) {
    self.tables = tables
    self.roles = roles
    var size = 1
    while size < tables.longestEntry { size <<= 1 }
    ring = [Int](repeating: 0, count: size)
    ringMask = size - 1
  }

  /// Scans one line of UTF-8 and replaces the contents of `hits` with what it finds.
  public mutating func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, into hits: inout [PhraseHit]) {
    hits.removeAll(keepingCapacity: true)
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    // Work on locals: the loop then touches no property of `self`, so no exclusivity checks or
    // copy-on-write questions in the hot path.
    var found: [Candidate] = []
    swap(&found, &candidates)
    found.removeAll(keepingCapacity: true)
    defer { swap(&found, &candidates) }
    ring.withUnsafeMutableBufferPointer { ring in
      Self.collect(base, bytes.count, tables, ring, ringMask, &found)
    }
    if !found.isEmpty {
      selection.select(from: &found, roles: roles, into: &hits)
    }
  }

  /// The scanning loop: every candidate match of every entry, in order of end.
  @inline(__always)
  private static func collect(
    _ bytes: UnsafePointer<UInt8>, _ count: Int, _ tables: AutomatonTables,
    _ ring: UnsafeMutableBufferPointer<Int>, _ ringMask: Int, _ found: inout [Candidate]
  ) {
    let classTable = tables.classTable.baseAddress!
    let states = tables.states.baseAddress!
    let outputs = tables.outputs.baseAddress!
    let collapses = tables.collapsesRepeats
    let ringBase = ring.baseAddress!

    var index = 0
    var position = 0  // original scalar offset of the scalar being read
    var folded = 0  // folded position of the next folded scalar
    var state: UInt32 = 0
    var previousSymbol: UInt32 = 0
    var afterNoise = false
    // Candidates from `tail` on end at the latest folded scalar; a mark or a collapsed repeat
    // after it extends them.
    var tail = 0

    while index < count {
      let byte = bytes[index]
      let value: UInt32
      if byte < 0x80 {
        value = UInt32(byte)
        index += 1
      } else {
        value = UTF8Scalars.decodeNonASCII(bytes, &index, count)
      }
      let here = position
      position += 1
      let symbol = value < 0x10000 ? classTable[Int(value)] : tables.astralClass(value)

      if symbol >= AutomatonTables.mark {
        if symbol == AutomatonTables.noise {
          afterNoise = true
        } else if !afterNoise {
          Self.extend(&found, from: tail, to: here + 1)
        }
        continue
      }
      afterNoise = false
      if collapses, symbol == previousSymbol, symbol > AutomatonTables.lastDigitClass {
        Self.extend(&found, from: tail, to: here + 1)
        continue
      }
      previousSymbol = symbol
      ringBase[folded & ringMask] = here
      state = symbol == 0 ? 0 : tables.next(state, symbol)
      tail = found.count
      let record = states[Int(state)]
      if record.outputCount > 0 {
        let first = Int(record.outputStart)
        for output in first..<(first + Int(record.outputCount)) {
          let packed = outputs[output]
          let length = Int(packed >> 32)
          let foldedStart = folded - length + 1
          found.append(
            Candidate(
              start: ringBase[foldedStart & ringMask], end: here + 1,
              foldedStart: foldedStart, foldedEnd: folded + 1,
              entry: UInt32(truncatingIfNeeded: packed)))
        }
      }
      folded += 1
    }
  }

  /// Stretches the candidates that end at the latest folded scalar over a mark or repeat.
  @inline(__always)
  private static func extend(_ found: inout [Candidate], from tail: Int, to end: Int) {
    var index = tail
    while index < found.count {
      found[index].end = end
      index += 1
    }
  }
}
