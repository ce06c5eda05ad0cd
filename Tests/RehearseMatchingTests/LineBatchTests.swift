import PropertyBased
import RehearseMatching
import Testing

/// `PhraseScanner.scanLines` (many lines at once, in batches) against scanning each line alone,
/// and its byte offsets against the scalar offsets.
@Suite("Scanning lines in batches") struct LineBlockTests {
  static let pieces: [[UInt8]] =
    AutomatonEquivalencePropertyTests.textCharacters.map { Array($0.utf8) } + [
      [0x0A], [0x0A], [0x0A], [0x0D], [0x80], [0xC2], [0xE5, 0x8F], [0xED, 0xA0, 0x80],
      [0xF0, 0x9F, 0x98], [0xFF],
      Array("\u{FFFD}".utf8),
    ]
  static let specs = [
    PatternSpec("我不能"), PatternSpec("们1"), PatternSpec("不能"), PatternSpec("保", allow: ["保们"]),
  ]

  @Test func batchesFindWhatEachLineAloneFinds() async {
    let automaton = PhraseAutomaton(patterns: Self.specs)
    let chosen = Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...80)
    await propertyCheck(count: 500, input: chosen) { (indices: [Int]) in
      let block = indices.flatMap { Self.pieces[$0] }
      Self.expectSameAsLineByLine(block, automaton)
    }
  }

  @Test func longLinesAndManyBatches() {
    let automaton = PhraseAutomaton(patterns: Self.specs)
    // A line several times the batch size between short ones, and enough lines for many batches.
    let long = String(repeating: "我 不 能，们１好", count: 4_000)
    let lines = [long, "保们", ""] + (0..<3_000).map { "第\($0)行：我不能，保。" } + [long, "我不能"]
    Self.expectSameAsLineByLine(Array(lines.joined(separator: "\n").utf8), automaton)
    Self.expectSameAsLineByLine(Array((lines.joined(separator: "\n") + "\n").utf8), automaton)
  }

  static func expectSameAsLineByLine(_ block: [UInt8], _ automaton: PhraseAutomaton) {
    var lines = block.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    if block.last == 0x0A || block.isEmpty { lines.removeLast() }
    var scanner = automaton.makeScanner()
    var seen: [(bytes: [UInt8], hits: [LocatedHit], wellFormed: Bool)] = []
    block.withUnsafeBufferPointer { buffer in
      scanner.scanLines(buffer) { line in
        seen.append((Array(line.bytes), Array(line.hits), line.isWellFormed))
      }
    }
    #expect(seen.count == lines.count)
    for (line, result) in zip(lines, seen) {
      #expect(result.bytes == line)
      #expect(result.hits.map(\.phraseHit) == automaton.matches(inUTF8: line), "\(line)")
      #expect(result.wellFormed == (String(validating: line, as: UTF8.self) != nil), "\(line)")
      // The bytes before and inside each hit decode to as many scalars as its offsets say.
      let scalarsBefore = Self.scalarCounts(line)
      for hit in result.hits {
        #expect(scalarsBefore[hit.utf8Start] == hit.start)
        #expect(scalarsBefore[hit.utf8End] == hit.end)
      }
    }
  }

  /// For each byte offset of `line` (and its end), how many scalars the bytes before it decode to
  /// (nil inside a scalar).
  static func scalarCounts(_ line: [UInt8]) -> [Int?] {
    var counts = [Int?](repeating: nil, count: line.count + 1)
    var offset = 0
    var scalars = 0
    counts[0] = 0
    while offset < line.count {
      // The shortest prefix of what is left that decodes to one scalar more.
      var length = 1
      while length < 4, offset + length < line.count,
        String(decoding: line[offset..<(offset + length + 1)], as: UTF8.self).unicodeScalars.count
          == 1
      {
        length += 1
      }
      offset += length
      scalars += 1
      counts[offset] = scalars
    }
    return counts
  }

  @Test func blocksAreCutIntoContiguousPiecesOfWholeLines() {
    let text = Array("一\n二二\n\n三三三\n四四四四".utf8)
    for count in [0, 1, 2, 3, 7, 100] {
      let pieces = text.withUnsafeBufferPointer { WholeLines.cut($0, into: count) }
      #expect(pieces.count <= max(count, 1))
      #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == text.count)
      for (piece, following) in zip(pieces, pieces.dropFirst()) {
        #expect(piece.upperBound == following.lowerBound)
        #expect(text[piece.upperBound - 1] == UInt8(ascii: "\n"))
      }
    }
    #expect([UInt8]().withUnsafeBufferPointer { WholeLines.cut($0, into: 4) } == [0..<0])
  }
}
