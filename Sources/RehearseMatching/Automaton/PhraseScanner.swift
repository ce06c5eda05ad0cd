/// Scans lines for an automaton's phrases, reusing its scratch space from line to line.
///
/// The fast path of `rehearse check`: it reads UTF-8 bytes, folds and classes each scalar with
/// one table load, steps the automaton, and never builds a `String`. Make one per thread and
/// reuse it; it is non-copyable because it owns its buffers. The automaton is shared.
public struct PhraseScanner: ~Copyable {
  private let tables: AutomatonTables
  private let roles: EntryRoles
  /// Original start offset of the last `ringMask + 1` folded scalars, by folded position.
  private var ring: ScanBuffer<Int32>
  private let ringMask: Int
  private var candidates = ScanBuffer<Candidate>(capacity: 64)
  private var selection = HitSelection()

  init(tables: AutomatonTables, roles: EntryRoles) {
    self.tables = tables
    self.roles = roles
    var size = 1
    while size < tables.longestEntry { size <<= 1 }
    ring = ScanBuffer(capacity: size)
    ringMask = size - 1
  }

  /// Scans one line of UTF-8 and replaces the contents of `hits` with what it finds.
  ///
  /// Offsets are in Unicode scalars of the line, ill-formed bytes counting as one U+FFFD per
  /// maximal subpart, as `String(decoding:as:)` counts them. A line must be shorter than 2 GiB.
  public mutating func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, into hits: inout [PhraseHit]) {
    hits.removeAll(keepingCapacity: true)
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    precondition(bytes.count < Int(Int32.max), "a line of 2 GiB or more cannot be scanned")
    candidates.count = 0
    collect(base, bytes.count)
    if candidates.count > 0 {
      selection.select(from: &candidates, roles: roles, into: &hits)
    }
  }

  /// The scanning loop: every candidate match of every entry, in order of end.
  private mutating func collect(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
    let tables = self.tables
    let classTable = UnsafePointer(tables.classTable.baseAddress!)
    let nodes = UnsafePointer(tables.nodes.baseAddress!)
    let rootNext = UnsafePointer(tables.rootNext.baseAddress!)
    let outputs = UnsafePointer(tables.outputs.baseAddress!)
    let collapses = tables.collapsesRepeats
    let ring = self.ring.base
    let ringMask = self.ringMask

    var index = 0
    var position: Int32 = 0  // original scalar offset of the scalar being read
    var folded: Int32 = 0  // folded position of the next folded scalar
    var state: UInt32 = 0
    var previousSymbol: UInt32 = 0
    var afterNoise = false
    // Candidates from `tail` on end at the latest folded scalar; a mark or a collapsed repeat
    // after it extends them.
    var tail = 0

    while index < count {
      let byte = bytes[index]
      var value = UInt32(byte)
      if byte < 0x80 {
        index += 1
      } else if (byte &- 0xE1 < 12 || byte &- 0xEE < 2), index + 2 < count,
        bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80
      {
        // Three-byte sequences whose lead allows any continuation: all of CJK, and the
        // full-width forms. Everything else takes the general decoder.
        value = (value & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F)
        index += 3
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
          extend(from: tail, to: here + 1)
        }
        continue
      }
      afterNoise = false
      if collapses, symbol == previousSymbol, symbol > AutomatonTables.lastDigitClass {
        extend(from: tail, to: here + 1)
        continue
      }
      previousSymbol = symbol
      ring[Int(folded) & ringMask] = here
      state = symbol == 0 ? 0 : AutomatonTables.next(state, symbol, nodes, rootNext)
      tail = candidates.count
      let list = Int(nodes[Int(state) + 1])
      if list != 0 {
        for output in (list + 1)...(list + Int(outputs[list])) {
          let packed = outputs[output]
          let foldedStart = folded - Int32(truncatingIfNeeded: packed >> 32) + 1
          candidates.append(
            Candidate(
              start: ring[Int(foldedStart) & ringMask], end: here + 1,
              foldedStart: foldedStart, foldedEnd: folded + 1,
              entry: UInt32(truncatingIfNeeded: packed)))
        }
      }
      folded += 1
    }
  }

  /// Stretches the candidates that end at the latest folded scalar over a mark or repeat.
  @inline(__always)
  private mutating func extend(from tail: Int, to end: Int32) {
    var index = tail
    while index < candidates.count {
      candidates[index].end = end
      index += 1
    }
  }
}
