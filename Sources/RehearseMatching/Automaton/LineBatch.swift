import Dispatch

/// The hits of every line of a block of text, flat: line `i`'s hits are
/// `hits[lineStarts[i]..<lineStarts[i + 1]]`.
public struct LineHits: Sendable {
  /// All hits, line after line.
  public private(set) var hits: [PhraseHit] = []
  /// For each line, where its hits start in `hits`, plus one final entry: `hits.count`.
  public private(set) var lineStarts: [Int] = [0]

  /// The number of lines.
  public var lineCount: Int { lineStarts.count - 1 }

  /// The hits of line `line` (0-based), offsets relative to the start of that line.
  public subscript(line: Int) -> ArraySlice<PhraseHit> {
    hits[lineStarts[line]..<lineStarts[line + 1]]
  }

  mutating func append(line: UnsafeBufferPointer<LocatedHit>) {
    for hit in line { hits.append(hit.phraseHit) }
    lineStarts.append(hits.count)
  }

  mutating func append(contentsOf other: LineHits) {
    let offset = hits.count
    hits.append(contentsOf: other.hits)
    lineStarts.append(contentsOf: other.lineStarts.dropFirst().map { $0 + offset })
  }
}

extension PhraseAutomaton {
  /// Scans a block of lines (UTF-8, separated by `\n`; a `\r` before it is part of the line)
  /// on up to `concurrency` threads, one scanner each, and returns every line's hits in order.
  ///
  /// This is how a long file is checked quickly: the block is cut at line boundaries into one
  /// piece per thread. A final line without `\n` counts; an empty block has no lines.
  public func scanLines(inUTF8 bytes: UnsafeBufferPointer<UInt8>, concurrency: Int = 1) -> LineHits
  {
    let pieces = WholeLines.cut(bytes, into: concurrency)
    let shared = SharedBuffers(
      bytes: bytes, results: .allocate(capacity: pieces.count))
    shared.results.initialize(repeating: LineHits())
    defer {
      _ = shared.results.deinitialize()
      shared.results.deallocate()
    }
    let scan = { @Sendable (piece: Int) in
      var scanner = makeScanner()
      var result = LineHits()
      scanner.scanLines(UnsafeBufferPointer(rebasing: shared.bytes[pieces[piece]])) { line in
        result.append(line: line.hits)
      }
      shared.results[piece] = result
    }
    if pieces.count == 1 {
      scan(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: pieces.count, execute: scan)
    }
    var combined = shared.results[0]
    for piece in 1..<pieces.count { combined.append(contentsOf: shared.results[piece]) }
    return combined
  }
}

/// The buffers the threads of `scanLines` share. The input is only read, and each thread writes
/// only its own element of `results`, which is read after all threads have finished; that is
/// what makes the unchecked `Sendable` sound.
private struct SharedBuffers: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
  let results: UnsafeMutableBufferPointer<LineHits>
}
