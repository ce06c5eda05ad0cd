import Glibc

/// Reads lines from a file descriptor without a terminal: no prompts, no line editing.
///
/// Bytes that are not UTF-8 become U+FFFD rather than ending the session, and a line of any
/// length is read whole.
public final class PipedLineReader: LineReader {
  private let stream: ByteLineStream
  public let isInteractive = false

  public init(fileDescriptor: Int32 = 0) {
    stream = ByteLineStream(fileDescriptor: fileDescriptor)
  }

  public func readLine(prompt: String) -> LineInput {
    guard let bytes = stream.nextLine() else { return .end }
    return .line(String(decoding: bytes, as: UTF8.self))
  }

  public func remember(_ line: String) {}
}

/// Splits a byte stream into lines (without their `\n` or `\r\n`), reading in large blocks.
public final class ByteLineStream {
  private let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  private static let blockSize = 1 << 16

  public init(fileDescriptor: Int32) {
    self.fileDescriptor = fileDescriptor
  }

  /// The next line, or nil at the end of input. A last line without `\n` is still a line.
  public func nextLine() -> ArraySlice<UInt8>? {
    // Bytes after `start` already searched for a newline, so a long line is scanned once.
    var scanned = 0
    while true {
      if let newline = buffer[(start + scanned)...].firstIndex(of: 0x0A) {
        let line = trimmingCarriageReturn(buffer[start..<newline])
        start = newline + 1
        return line
      }
      scanned = buffer.count - start
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = trimmingCarriageReturn(buffer[start...])
        start = buffer.count
        return line
      }
      refill()
    }
  }

  private func trimmingCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    line.last == 0x0D ? line.dropLast() : line
  }

  private func refill() {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    let searched = buffer.count
    buffer.reserveCapacity(searched + Self.blockSize)
    var count = 0
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.blockSize))
    buffer.withUnsafeMutableBytes { raw in
      repeat {
        count = read(fileDescriptor, raw.baseAddress! + oldCount, Self.blockSize)
      } while count < 0 && errno == EINTR
    }
    buffer.removeLast(Self.blockSize - max(count, 0))
    if count <= 0 { atEnd = true }
  }
}
