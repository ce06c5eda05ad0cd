import Dispatch
import RehearseMatching

/// Checks a block of lines on several threads: each takes a piece of the block, scans its lines
/// with its own scanner and writes their report into its own buffer; the pieces' reports are
/// then joined in order. Scanning and formatting both run in parallel this way.
public struct BlockChecker: Sendable {
  /// What checking one block produced.
  public struct Result: Sendable {
    public var output = ByteSink()
    public var lines = 0
    public var flags = 0
    public var bannedFound = false
  }

  let automaton: PhraseAutomaton
  let report: CheckOutput
  private let banned: [Bool]

  public init(automaton: PhraseAutomaton, report: CheckOutput) {
    self.automaton = automaton
    self.report = report
    banned = report.patterns.map { $0.severity == .banned }
  }

  /// Checks the lines of `block` (separated by `\n`; a last line without one counts), numbering
  /// them from `firstLine`; hands each piece's report to `emit`, in order, and returns the totals
  /// (with no output of their own).
  public func check(
    _ block: UnsafeBufferPointer<UInt8>, firstLine: Int, file: [UInt8]?, concurrency: Int,
    emit: (UnsafeRawBufferPointer) -> Void
  ) -> Result {
    let pieces = Self.cut(block, into: max(concurrency, 1))
    var lineStarts: [Int] = []
    var line = firstLine
    for piece in pieces {
      lineStarts.append(line)
      line += Self.lineCount(UnsafeBufferPointer(rebasing: block[piece]))
    }
    let results = UnsafeMutableBufferPointer<Result>.allocate(capacity: pieces.count)
    results.initialize(repeating: Result())
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    let shared = Shared(block: block, results: results)
    let starts = lineStarts
    DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
      shared.results[index] = check(
        UnsafeBufferPointer(rebasing: shared.block[pieces[index]]), firstLine: starts[index], file: file)
    }
    var joined = Result()
    for result in results {
      emit(result.output.bytes)
      joined.lines += result.lines
      joined.flags += result.flags
      joined.bannedFound = joined.bannedFound || result.bannedFound
    }
    return joined
  }

  /// One thread's share: scan each line, write the report of each line that has one.
  private func check(_ piece: UnsafeBufferPointer<UInt8>, firstLine: Int, file: [UInt8]?) -> Result {
    var result = Result()
    guard let base = piece.baseAddress else { return result }
    var scanner = automaton.makeScanner()
    var hits: [PhraseHit] = []
    var start = 0
    var number = firstLine
    while start < piece.count {
      var end = start
      while end < piece.count, base[end] != 0x0A { end += 1 }
      let line = UnsafeBufferPointer(start: base + start, count: end - start)
      scanner.scan(utf8: line, into: &hits)
      number += 1
      if !hits.isEmpty {
        result.flags += hits.count
        if !result.bannedFound, hits.contains(where: { banned[$0.pattern] }) { result.bannedFound = true }
      }
      if !hits.isEmpty || report.json {
        report.write(line: number, file: file, bytes: line, hits: hits, into: result.output)
      }
      result.lines += 1
      start = end + 1
    }
    return result
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

/// The block is only read, and each thread writes only its own result, read after all have
/// finished; that is what makes the unchecked `Sendable` sound.
private struct Shared: @unchecked Sendable {
  let block: UnsafeBufferPointer<UInt8>
  let results: UnsafeMutableBufferPointer<BlockChecker.Result>
}
