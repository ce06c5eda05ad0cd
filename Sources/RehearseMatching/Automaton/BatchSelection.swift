import Glibc

/// The scanning loop, for one line or many: fold a batch of lines into one run of classes (a
/// class-0 separator after each line, so no match spans two), run the automaton over it once,
/// keeping the longest entry for each start, then select each line's leftmost-longest hits,
/// located in scalars and in bytes — no list of candidates.
///
/// Two passes keep each loop small enough for its values to live in registers: folding
/// (`FoldingPass`: decoding, one table load per scalar) depends only on the bytes; the matching
/// pass then reads classes from a buffer that stays in the cache.
///
/// (Four interleaved lanes over the batch were tried, to overlap cache misses, and were slower:
/// the loop is bound by mispredicted branches in the failure-link walk, not by load latency.)
///
/// Only entries that resolve to a pattern in advance are selected here: a line where an allow
/// phrase, or a pattern that has one, turned up is handed, already folded, to
/// `CandidateCollection`.
struct BatchSelection: ~Copyable {
  /// About how many bytes of input one batch folds: its classes and slots stay in the
  /// second-level cache while the automaton runs over them.
  static let batchBytes = 8 << 10

  private let tables: AutomatonTables
  private var symbols = ScanBuffer<UInt32>(capacity: 256)
  private var slots = ScanBuffer<FoldedSlot>(capacity: 256)
  private var chosen = ScanBuffer<Int32>(capacity: 256)
  private var lines = ScanBuffer<BatchLine>(capacity: 64)
  /// Folded positions where an entry needing resolution ended.
  private var unresolved = ScanBuffer<Int32>(capacity: 16)
  private var located = ScanBuffer<LocatedHit>(capacity: 64)
  private var candidateHits: [PhraseHit] = []

  init(tables: AutomatonTables) {
    self.tables = tables
  }

  /// Scans the lines of `block` and calls `visit` with each, in order.
  mutating func scan(
    _ block: UnsafeBufferPointer<UInt8>, candidates: inout CandidateCollection,
    _ visit: (ScannedLine) -> Void
  ) {
    guard let base = block.baseAddress else { return }
    var next = 0
    while next < block.count {
      let batchStart = next
      lines.count = 0
      var folded = 0
      repeat {
        let rest = block.count - next
        let newline = memchr(base + next, 0x0A, rest)
        let end =
          newline.map { next + (UnsafeRawPointer($0) - UnsafeRawPointer(base + next)) }
          ?? block.count
        let length = end - next
        folded = foldLine(base + next, length, byteStart: next, foldedStart: folded)
        next = end + 1
      } while next < block.count && next - batchStart < Self.batchBytes

      unresolved.count = 0
      match(folded)
      for index in 0..<unresolved.count { markNeedsCandidates(at: Int(unresolved[index])) }
      chosen.reserve(folded)
      for index in 0..<lines.count {
        visitLine(lines[index], base, &candidates, visit)
      }
    }
  }

  /// Scans one line of `count` bytes (a `\n` in it is no separator) and appends its hits, in
  /// scalar offsets, to `hits`.
  mutating func scanLine(
    _ bytes: UnsafePointer<UInt8>, _ count: Int, candidates: inout CandidateCollection,
    into hits: inout [PhraseHit]
  ) {
    lines.count = 0
    let folded = foldLine(bytes, count, byteStart: 0, foldedStart: 0)
    unresolved.count = 0
    match(folded)
    let line = lines[0]
    guard unresolved.count == 0 else {
      candidates.scan(symbols.base, slots.base, line.foldedCount, into: &hits)
      return
    }
    chosen.reserve(folded)
    FoldingPass.select(slots.base, line.foldedCount, taken: chosen.base) { first, last in
      hits.append(
        PhraseHit(pattern: Int(first.bestPattern), start: Int(first.start), end: Int(last.end)))
    }
  }

  /// Folds the line of `length` bytes at `bytes` (at `byteStart` in its block) after the
  /// `foldedStart` folded scalars of the batch so far, adds it to `lines` and its separator
  /// after it, and returns the batch's new folded length.
  @inline(__always)
  private mutating func foldLine(
    _ bytes: UnsafePointer<UInt8>, _ length: Int, byteStart: Int, foldedStart folded: Int
  ) -> Int {
    precondition(length < Int(Int32.max), "a line of 2 GiB or more cannot be scanned")
    // A line never has more folded scalars than bytes; one more for the separator. Growing
    // keeps the first `count` elements: the lines folded so far.
    symbols.count = folded
    slots.count = folded
    symbols.reserve(folded + length + 1)
    slots.reserve(folded + length + 1)
    let line = FoldingPass.fold(
      bytes, length, tables: tables, symbols.base + folded, slots.base + folded)
    lines.append(
      BatchLine(
        byteStart: byteStart, byteEnd: byteStart + length, foldedStart: folded,
        foldedCount: line.count, wellFormed: line.wellFormed, needsCandidates: false))
    let separator = folded + line.count
    symbols[separator] = 0
    slots[separator] = FoldedSlot(
      start: 0, end: 0, byteStart: 0, byteEnd: 0, bestLength: 0, bestPattern: 0)
    return separator + 1
  }

  private mutating func visitLine(
    _ line: BatchLine, _ base: UnsafePointer<UInt8>, _ candidates: inout CandidateCollection,
    _ visit: (ScannedLine) -> Void
  ) {
    let bytes = UnsafeBufferPointer(
      start: base + line.byteStart, count: line.byteEnd - line.byteStart)
    located.count = 0
    if line.needsCandidates {
      candidateHits.removeAll(keepingCapacity: true)
      candidates.scan(
        symbols.base + line.foldedStart, slots.base + line.foldedStart, line.foldedCount,
        into: &candidateHits)
      locate(candidateHits, in: bytes)
    } else if line.foldedCount > 0 {
      located.reserve(line.foldedCount)
      let hits = located.base
      var count = 0
      FoldingPass.select(slots.base + line.foldedStart, line.foldedCount, taken: chosen.base) {
        first, last in
        hits[count] = LocatedHit(
          pattern: Int(first.bestPattern), start: Int(first.start), end: Int(last.end),
          utf8Start: Int(first.byteStart), utf8End: Int(last.byteEnd))
        count &+= 1
      }
      located.count = count
    }
    visit(
      ScannedLine(
        bytes: bytes, hits: UnsafeBufferPointer(start: located.base, count: located.count),
        isWellFormed: line.wellFormed))
  }

  /// Marks the line holding folded position `position`.
  private mutating func markNeedsCandidates(at position: Int) {
    var low = 0
    var high = lines.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lines[middle].foldedStart <= position { low = middle } else { high = middle - 1 }
    }
    lines[low].needsCandidates = true
  }

  /// Adds byte offsets to hits found by `CandidateCollection` (the rare path).
  private mutating func locate(_ hits: [PhraseHit], in line: UnsafeBufferPointer<UInt8>) {
    var byte = 0
    var scalar = 0
    func byteOffset(ofScalar target: Int) -> Int {
      while scalar < target, byte < line.count {
        _ = UTF8Scalars.decode(line, at: &byte)
        scalar += 1
      }
      return byte
    }
    for hit in hits {
      let start = byteOffset(ofScalar: hit.start)
      located.append(
        LocatedHit(
          pattern: hit.pattern, start: hit.start, end: hit.end, utf8Start: start,
          utf8End: byteOffset(ofScalar: hit.end)))
    }
  }

  /// The matching pass over `count` folded scalars.
  private mutating func match(_ count: Int) {
    let symbols = self.symbols.base
    let slots = self.slots.base
    let nodes = UnsafePointer(tables.nodes.baseAddress!)
    let rootNext = UnsafePointer(tables.rootNext.baseAddress!)
    var state: UInt32 = 0
    var position = 0
    while position < count {
      if Self.step(&state, position, symbols, slots, nodes, rootNext) {
        unresolved.append(Int32(position))
      }
      position &+= 1
    }
  }

  /// One step: the automaton's move on the class at `position`, and the entries
  /// that end there. Returns true when one of them needs allow-list resolution.
  @inline(__always)
  private static func step(
    _ state: inout UInt32, _ position: Int, _ symbols: UnsafeMutablePointer<UInt32>,
    _ slots: UnsafeMutablePointer<FoldedSlot>, _ nodes: UnsafePointer<UInt32>,
    _ rootNext: UnsafePointer<UInt32>
  ) -> Bool {
    let symbol = symbols[position]
    state = symbol == 0 ? 0 : AutomatonTables.next(state, symbol, nodes, rootNext)
    let outputCount = Int(nodes[Int(state) &+ NodeLayout.Record.outputCount])
    guard outputCount != 0 else { return false }
    var needsResolution = false
    var output = Int(state) &+ NodeLayout.Record.outputs
    let end = output &+ NodeLayout.pairWords &* outputCount
    repeat {
      let code = nodes[output]
      if code & EntryRoles.unresolved != 0 {
        needsResolution = true
      } else {
        FoldingPass.keep(code: code, length: nodes[output &+ 1], endingAt: position, in: slots)
      }
      output &+= NodeLayout.pairWords
    } while output < end
    return needsResolution
  }
}

/// A hit located both in Unicode scalars of its line (what reports print) and in the line's
/// UTF-8 bytes (so a report can copy the matched words without decoding the line again).
public struct LocatedHit: Sendable, Hashable, BitwiseCopyable {
  /// The index of the pattern in the list the automaton was built from.
  public var pattern: Int
  /// Scalar offsets, end exclusive, as `PhraseHit` has them.
  public var start: Int
  public var end: Int
  /// Byte offsets of the same span in the line's UTF-8.
  public var utf8Start: Int
  public var utf8End: Int

  public init(pattern: Int, start: Int, end: Int, utf8Start: Int, utf8End: Int) {
    self.pattern = pattern
    self.start = start
    self.end = end
    self.utf8Start = utf8Start
    self.utf8End = utf8End
  }

  /// The hit without its byte offsets.
  public var phraseHit: PhraseHit { PhraseHit(pattern: pattern, start: start, end: end) }
}

/// One scanned line, lent to a visitor: valid only during the call.
public struct ScannedLine {
  /// The line's bytes, without its `\n`.
  public let bytes: UnsafeBufferPointer<UInt8>
  /// Its hits, in order of start.
  public let hits: UnsafeBufferPointer<LocatedHit>
  /// Whether the line is well-formed UTF-8: then the bytes between a hit's UTF-8 offsets are
  /// exactly its matched text (otherwise ill-formed bytes in it read as U+FFFD).
  public let isWellFormed: Bool
}

/// One line of a batch in `BatchSelection`. (Not nested in it: the compiler mishandles a
/// private type nested in a non-copyable one in debug builds.)
struct BatchLine {
  var byteStart: Int
  var byteEnd: Int
  var foldedStart: Int
  var foldedCount: Int
  var wellFormed: Bool
  var needsCandidates: Bool
}
