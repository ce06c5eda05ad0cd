import Glibc

/// Reads lines from a file descriptor without a terminal: no prompts, no line editing.
///
/// Bytes that are not UTF-8 become U+FFFD rather than ending the session. A line longer than
/// `LineLimit.maximumBytes` is not kept: it is read past (in constant memory) and reported as
/// too long, and the lines after it are read as usual.
public final class PipedLineReader: LineReader {
  private let stream: ByteLineStream
  /// Whether no line has been read yet: only the first can start with a byte-order mark.
  private var atStart = true
  public let isInteractive = false

  public init(fileDescriptor: Int32 = 0) {
    stream = ByteLineStream(fileDescriptor: fileDescriptor)
  }

  public func readLine(prompt: String) -> LineInput {
    defer { atStart = false }
    switch stream.nextLine() {
    case nil: return .end
    case .line(let bytes): return .line(LineLimit.text(of: bytes, first: atStart))
    case .tooLong(let byteCount): return .tooLong(byteCount: byteCount)
    }
  }

  public func remember(_ line: String) {}
}

/// How long a line the shell accepts, whichever reader it came from.
public enum LineLimit {
  /// 64 KiB: about 21,000 Chinese characters, far past any answer or command, while keeping
  /// what one line costs to score and store small.
  public static let maximumBytes = 1 << 16

  /// The text of a line's bytes: invalid UTF-8 becomes U+FFFD, and on the `first` line a
  /// leading UTF-8 byte-order mark (which Windows editors put at the start of a script) is
  /// dropped, so that the script's first command still runs.
  static func text(of bytes: ArraySlice<UInt8>, first: Bool) -> String {
    let withoutMark = first && bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes
    return String(decoding: withoutMark, as: UTF8.self)
  }

  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

/// Splits a byte stream into lines (without their `\n` or `\r\n`), reading in large blocks.
///
/// Each byte is read and searched once, and memory stays within one block plus the longest
/// line kept, so a 40 MB line costs what 40 small ones do.
public final class ByteLineStream {
  /// One line of the stream.
  public enum Line: Equatable {
    case line(ArraySlice<UInt8>)
    /// A line past the limit, skipped; its length in bytes without the line break.
    case tooLong(byteCount: Int)
  }

  private let fileDescriptor: Int32
  private let maximumLineBytes: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  private var block: [UInt8]

  public init(fileDescriptor: Int32, maximumLineBytes: Int = LineLimit.maximumBytes) {
    self.fileDescriptor = fileDescriptor
    self.maximumLineBytes = maximumLineBytes
    block = [UInt8](repeating: 0, count: 1 << 16)
  }

  /// The next line, or nil at the end of input. A last line without `\n` is still a line.
  public func nextLine() -> Line? {
    // Bytes after `start` already searched for a newline, so a long line is scanned once.
    var scanned = 0
    // Bytes of an over-long line already dropped from the buffer.
    var skipped = 0
    while true {
      if let newline = newlineIndex(from: start + scanned) {
        let line = trimmingCarriageReturn(buffer[start..<newline])
        start = newline + 1
        return finished(line, skipped: skipped)
      }
      if atEnd {
        guard start < buffer.count || skipped > 0 else { return nil }
        let line = trimmingCarriageReturn(buffer[start...])
        start = buffer.count
        return finished(line, skipped: skipped)
      }
      if skipped > 0 || buffer.count - start > maximumLineBytes {
        // Past the limit: keep only the count, so memory stays bounded however long it runs.
        skipped += buffer.count - start
        start = buffer.count
        scanned = 0
      } else {
        scanned = buffer.count - start
      }
      refill()
    }
  }

  private func finished(_ line: ArraySlice<UInt8>, skipped: Int) -> Line {
    let byteCount = skipped + line.count
    return skipped > 0 || byteCount > maximumLineBytes
      ? .tooLong(byteCount: byteCount) : .line(line)
  }

  private func newlineIndex(from index: Int) -> Int? {
    guard index < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { bytes in
      guard let found = memchr(bytes.baseAddress! + index, 0x0A, bytes.count - index) else {
        return nil
      }
      return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }

  private func trimmingCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    line.last == 0x0D ? line.dropLast() : line
  }

  /// Reads one block onto the end of the buffer, first dropping the lines already handed out.
  /// Appending lets the array grow geometrically; an exact `reserveCapacity` before each read
  /// copied the whole buffer every block, which made long lines quadratic.
  private func refill() {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    var count = 0
    block.withUnsafeMutableBytes { raw in
      repeat {
        count = read(fileDescriptor, raw.baseAddress!, raw.count)
      } while count < 0 && errno == EINTR
    }
    if count > 0 {
      buffer.append(contentsOf: block[0..<count])
    } else {
      atEnd = true
    }
  }
}
