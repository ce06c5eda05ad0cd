import Dispatch
import RehearseMatching

/// Checks a block of lines on several threads: the block is cut into pieces of whole lines,
/// more pieces than threads so that a thread that finishes early takes another; each piece is
/// scanned with its own scanner and reported into its own buffer, and the buffers are handed
/// out in order. Scanning and formatting both run in parallel this way.
public struct BlockChecker: Sendable {
  /// What checking one block produced.
  public struct Totals: Sendable {
    public var lines = 0
    public var flags = 0
    public var bannedFound = false
  }

  /// About how many bytes one piece holds.
  static let pieceBytes = 1 << 20

  let automaton: PhraseAutomaton
  let report: CheckOutput
  private let banned: [Bool]
  /// One output buffer per piece, kept from block to block so that they are allocated (and
  /// their pages touched) once, not for every block.
  private let sinks: [ByteSink]

  /// A checker for blocks of up to `blockSize` bytes.
  public init(automaton: PhraseAutomaton, report: CheckOutput, blockSize: Int) {
    self.automaton = automaton
    self.report = report
    banned = report.patterns.map { $0.severity == .banned }
    sinks = (0..<Self.pieceCount(blockSize)).map { _ in ByteSink() }
  }

  private static func pieceCount(_ bytes: Int) -> Int {
    max((bytes + pieceBytes - 1) / pieceBytes, 1)
  }

  /// Checks the lines of `block` (separated by `\n`; a last line without one counts), numbering
  /// them from `firstLine`, on up to `concurrency` threads; hands each piece's report to `emit`,
  /// in order, and returns the totals.
  public func check(
    _ block: UnsafeBufferPointer<UInt8>, firstLine: Int, file: [UInt8]?, concurrency: Int,
    emit: (UnsafeRawBufferPointer) -> Void
  ) -> Totals {
    let pieces = Self.cut(block, into: concurrency <= 1 ? 1 : min(Self.pieceCount(block.count), sinks.count))
    var lineStarts: [Int] = []
    var line = firstLine
    for piece in pieces {
      lineStarts.append(line)
      line += Self.lineCount(UnsafeBufferPointer(rebasing: block[piece]))
    }
    let results = UnsafeMutableBufferPointer<Totals>.allocate(capacity: pieces.count)
    results.initialize(repeating: Totals())
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    let shared = Shared(block: block, results: results)
    let starts = lineStarts
    DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
      shared.results[index] = check(
        UnsafeBufferPointer(rebasing: shared.block[pieces[index]]), firstLine: starts[index], file: file,
        into: sinks[index])
    }
    var joined = Totals()
    for (index, result) in results.enumerated() {
      emit(sinks[index].bytes)
      joined.lines += result.lines
      joined.flags += result.flags
      joined.bannedFound = joined.bannedFound || result.bannedFound
    }
    return joined
  }

  /// One piece: scan its lines, write the report of each line that has one into `out`.
  private func check(_ piece: UnsafeBufferPointer<UInt8>, firstLine: Int, file: [UInt8]?, into out: ByteSink) -> Totals {
    var totals = Totals()
    out.removeAll()
    var scanner = automaton.makeScanner()
    var number = firstLine
    let json = report.json
    scanner.scanLines(piece) { line in
      number += 1
      totals.lines += 1
      guard !line.hits.isEmpty || json else { return }
      totals.flags += line.hits.count
      if !totals.bannedFound, line.hits.contains(where: { banned[$0.pattern] }) { totals.bannedFound = true }
      report.write(line: number, file: file, line, into: out)
    }
    return totals
  }

  static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let last = bytes.last else { return 0 }
    var count = 0
    for byte in bytes where byte == 0x0A { count += 1 }
    return last == 0x0A ? count : count + 1
  }

  /// Cuts `bytes` into about `count` pieces of whole lines.
  static func cut(_ bytes: UnsafeBufferPointer<UInt8>, into count: Int) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = 0
    for piece in 1...count where start < bytes.count {
      var end = piece == count ? bytes.count : max(start, bytes.count * piece / count)
      while end < bytes.count, end > 0, bytes[end - 1] != 0x0A { end += 1 }
      if end > start { pieces.append(start..<end) }
      start = end
    }
    return pieces.isEmpty ? [0..<0] : pieces
  }
}

/// The block is only read, each thread writes only its own result and its own sink, and both
/// are read after all have finished; that is what makes the unchecked `Sendable` sound.
private struct Shared: @unchecked Sendable {
  let block: UnsafeBufferPointer<UInt8>
  let results: UnsafeMutableBufferPointer<BlockChecker.Totals>
}
