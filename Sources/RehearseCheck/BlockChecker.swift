import Dispatch
import RehearseMatching
import Synchronization

/// Checks a block of lines on several threads and hands the report out in order.
///
/// The block is cut into small pieces of whole lines. Each thread is a worker with its own
/// scanner, kept from block to block: it takes the next piece, scans it and writes its report
/// into a buffer from a shared pool. A finished report is handed out at once if it is next in
/// order; otherwise it is parked, and the worker goes on with another piece: whoever hands out
/// a report also hands out the parked ones that follow it, so no worker waits for another.
/// Pieces are small so that the buffers are small and reused while they are still in the
/// cache: reports are larger than their input, and a buffer per large piece pushed the
/// automaton out of the cache as it filled.
public final class BlockChecker: Sendable {
  /// What checking one block produced.
  public struct Totals: Sendable {
    public var lines = 0
    public var flags = 0
    public var bannedFound = false
  }

  /// About how many bytes one piece holds.
  let pieceBytes: Int

  let report: CheckOutput
  private let banned: [Bool]
  private let workers: [Worker]
  /// Report buffers not in use, kept from block to block.
  private let pool = Mutex<[ByteSink]>([])

  /// A checker using up to `concurrency` threads, on pieces of about `pieceBytes` (32 KiB
  /// unless a test wants many more pieces).
  public init(
    automaton: PhraseAutomaton, report: CheckOutput, concurrency: Int, pieceBytes: Int = 32 << 10
  ) {
    self.pieceBytes = max(pieceBytes, 1)
    self.report = report
    banned = report.patterns.map { $0.severity == .banned }
    workers = (0..<max(concurrency, 1)).map { _ in Worker(scanner: automaton.makeScanner()) }
  }

  /// Checks the lines of `block` (separated by `\n`; a last line without one counts), numbering
  /// them from `firstLine`; hands the report to `emit` in order, a piece at a time, and returns
  /// the totals. `emit` is called from the worker threads, one call at a time.
  public func check(
    _ block: UnsafeBufferPointer<UInt8>, firstLine: Int, file: [UInt8]?,
    emit: @Sendable (UnsafeRawBufferPointer) -> Void
  ) -> Totals {
    let pieces = WholeLines.cut(block, into: (block.count + pieceBytes - 1) / pieceBytes)
    // Each piece's first line number, known before any is scanned.
    var lineStarts: [Int] = []
    var line = firstLine
    for piece in pieces {
      lineStarts.append(line)
      line += Self.lineCount(UnsafeBufferPointer(rebasing: block[piece]))
    }
    let run = BlockRun(block: block, lineStarts: lineStarts)
    let threads = min(workers.count, pieces.count)
    @Sendable func work(_ worker: Worker) {
      while true {
        let index = run.nextPiece.add(1, ordering: .relaxed).oldValue
        guard index < pieces.count else { return }
        let out = pool.withLock { $0.popLast() } ?? ByteSink(capacity: 1 << 18)
        let totals = self.check(
          UnsafeBufferPointer(rebasing: run.block[pieces[index]]), firstLine: run.lineStarts[index],
          file: file,
          with: worker, into: out)
        // Park the report; if it is next in order and nobody is handing out, hand it out, then
        // every parked report that follows.
        var next = run.handOut.withLock { handOut -> ByteSink? in
          handOut.totals.lines += totals.lines
          handOut.totals.flags += totals.flags
          handOut.totals.bannedFound = handOut.totals.bannedFound || totals.bannedFound
          handOut.parked[index] = out
          guard !handOut.handingOut, let first = handOut.parked.removeValue(forKey: handOut.next)
          else { return nil }
          handOut.handingOut = true
          return first
        }
        while let report = next {
          emit(report.bytes)
          report.removeAll()
          pool.withLock { $0.append(report) }
          next = run.handOut.withLock { handOut -> ByteSink? in
            handOut.next += 1
            if let following = handOut.parked.removeValue(forKey: handOut.next) { return following }
            handOut.handingOut = false
            return nil
          }
        }
      }
    }
    if threads == 1 {
      work(workers[0])
    } else {
      DispatchQueue.concurrentPerform(iterations: threads) { work(workers[$0]) }
    }
    return run.handOut.withLock { handOut in
      let allHandedOut = handOut.parked.isEmpty && handOut.next == pieces.count
      precondition(allHandedOut, "every report is handed out")
      return handOut.totals
    }
  }

  /// One piece: scan its lines with the worker's scanner, write the report of each line that
  /// has one into `out`.
  private func check(
    _ piece: UnsafeBufferPointer<UInt8>, firstLine: Int, file: [UInt8]?, with worker: Worker,
    into out: ByteSink
  ) -> Totals {
    var totals = Totals()
    var number = firstLine
    let json = report.json
    worker.scanner.scanLines(piece) { line in
      number += 1
      totals.lines += 1
      guard !line.hits.isEmpty || json else { return }
      totals.flags += line.hits.count
      if !totals.bannedFound, line.hits.contains(where: { banned[$0.pattern] }) {
        totals.bannedFound = true
      }
      report.write(line: number, file: file, line, into: out)
    }
    return totals
  }

  /// The number of lines in `bytes`: its newlines, plus one for a last line without one.
  static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress, let last = bytes.last else { return 0 }
    var count = 0
    var index = 0
    // 32 bytes at a time: a lane of a comparison is all ones (-1) where the byte is a newline,
    // so subtracting it counts; a lane's count is added up before it can pass 255. (This runs
    // on one thread before the block is shared out: 0.6 ms for 20 MB, where eight bytes at a
    // time took 6.5 ms.)
    let newline = SIMD32<UInt8>(repeating: 0x0A)
    while index + 32 <= bytes.count {
      var lanes = SIMD32<UInt8>()
      var rounds = 0
      while rounds < 255, index + 32 <= bytes.count {
        let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD32<UInt8>.self)
        lanes &-= unsafeBitCast(chunk .== newline, to: SIMD32<UInt8>.self)
        index += 32
        rounds += 1
      }
      count += Int(SIMD32<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
    }
    while index < bytes.count {
      if base[index] == 0x0A { count += 1 }
      index += 1
    }
    return last == 0x0A ? count : count + 1
  }
}

/// A worker's own scanner. Only the thread running the worker touches it, and a worker runs on
/// one thread at a time, which is what makes the unchecked `Sendable` sound.
private final class Worker: @unchecked Sendable {
  var scanner: PhraseScanner

  init(scanner: consuming PhraseScanner) {
    self.scanner = scanner
  }
}

/// What the workers share while checking one block: the block (only read), the next piece to
/// take, and, under a lock, the reports waiting to be handed out and the totals.
private final class BlockRun: Sendable {
  /// Only read while the block is checked.
  nonisolated(unsafe) let block: UnsafeBufferPointer<UInt8>
  let lineStarts: [Int]
  let nextPiece = Atomic<Int>(0)
  let handOut = Mutex(HandOut())

  init(block: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) {
    self.block = block
    self.lineStarts = lineStarts
  }
}

/// The reports of a block in order: the next piece to hand out, the finished reports waiting
/// for it, whether a worker is handing out now, and the totals so far.
private struct HandOut {
  var next = 0
  var parked: [Int: ByteSink] = [:]
  var handingOut = false
  var totals = BlockChecker.Totals()
}
