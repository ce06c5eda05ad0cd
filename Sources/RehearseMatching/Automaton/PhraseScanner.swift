/// Scans lines for an automaton's phrases, reusing its scratch space from line to line.
///
/// The fast path of `rehearse check`: it reads UTF-8 bytes, folds and classes each scalar with
/// one table load, steps the automaton, selects leftmost-longest hits as it goes, and never
/// builds a `String`. Make one per thread and reuse it; it is non-copyable because it owns its
/// buffers. The automaton it scans for is shared.
public struct PhraseScanner: ~Copyable {
  private let tables: AutomatonTables
  private var streaming: StreamingSelection
  private var collection: CandidateCollection

  init(tables: AutomatonTables, roles: EntryRoles) {
    self.tables = tables
    streaming = StreamingSelection(longest: tables.longestEntry)
    collection = CandidateCollection(roles: roles, longest: tables.longestEntry)
  }

  /// Scans one line of UTF-8 and replaces the contents of `hits` with what it finds.
  ///
  /// Offsets are in Unicode scalars of the line, ill-formed bytes counting as one U+FFFD per
  /// maximal subpart, as `String(decoding:as:)` counts them. A line must be shorter than 2 GiB.
  public mutating func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, into hits: inout [PhraseHit]) {
    hits.removeAll(keepingCapacity: true)
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    precondition(bytes.count < Int(Int32.max), "a line of 2 GiB or more cannot be scanned")
    if let folded = Self.run(base, bytes.count, tables, &streaming) {
      streaming.finish(foldedCount: folded, into: &hits)
    } else {
      // An allow phrase (or a pattern that has some) turned up: decide with every candidate.
      let folded = Self.run(base, bytes.count, tables, &collection)!
      collection.finish(foldedCount: folded, into: &hits)
    }
  }

  /// The scanning loop. Returns the number of folded scalars, or nil when the sink gave up.
  @inline(__always)
  private static func run<Sink: MatchSink & ~Copyable>(
    _ bytes: UnsafePointer<UInt8>, _ count: Int, _ tables: AutomatonTables, _ sink: inout Sink
  ) -> Int32? {
    let classTable = UnsafePointer(tables.classTable.baseAddress!)
    let nodes = UnsafePointer(tables.nodes.baseAddress!)
    let rootNext = UnsafePointer(tables.rootNext.baseAddress!)
    let collapses = tables.collapsesRepeats
    sink.reset()

    var index = 0
    var position: Int32 = 0  // original scalar offset of the scalar being read
    var folded: Int32 = 0  // folded position of the next folded scalar
    var state: UInt32 = 0
    var previousSymbol: UInt32 = 0
    var afterNoise = false

    while index < count {
      let byte = bytes[index]
      var value = UInt32(byte)
      if byte < 0x80 {
        index += 1
      } else if byte &- 0xE1 < 12 || byte &- 0xEE < 2, index + 2 < count,
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
        } else if !afterNoise, folded > 0 {
          sink.extend(to: here + 1)
        }
        continue
      }
      afterNoise = false
      if collapses, symbol == previousSymbol, symbol > AutomatonTables.lastDigitClass {
        sink.extend(to: here + 1)
        continue
      }
      previousSymbol = symbol
      sink.folded(folded, start: here)
      state = symbol == 0 ? 0 : AutomatonTables.next(state, symbol, nodes, rootNext)
      let outputCount = Int(nodes[Int(state) + 1])
      if outputCount != 0 {
        var output = Int(state) + 3
        for _ in 0..<outputCount {
          let length = Int32(bitPattern: nodes[output + 1])
          if !sink.output(code: nodes[output], length: length, at: folded) { return nil }
          output += 2
        }
      }
      folded += 1
    }
    return folded
  }
}
