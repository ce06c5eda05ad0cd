#if canImport(Glibc)
  import Glibc
#endif

/// Cuts the input of `rehearse check` into blocks of whole lines, so that memory stays the size
/// of one block (plus its report) whatever the input's size.
///
/// Every input, a regular file as much as a pipe, is read with `read(2)` into one buffer: a
/// block ends at its last newline and the rest starts the next block; a line longer than a
/// block makes the buffer grow until it holds the line. (Regular files used to be mapped. A
/// file cut shorter while mapped kills the reader with SIGBUS, and no check before or after
/// mapping closes that race; reading costs one copy from the page cache, which
/// `scripts/bench-matching.sh` puts within its noise.)
public struct InputBlocks: Sendable {
  /// The size of a block: the buffer's size while no line is longer.
  public let blockSize: Int

  /// Blocks of about `blockSize` bytes (8 MiB unless a test wants tiny ones).
  public init(blockSize: Int = 8 << 20) {
    self.blockSize = max(blockSize, 1)
  }

  /// Hands every block of `descriptor` to `body`, in order, and returns the number of bytes.
  /// Throws `InputFailure` for a directory and for a read that fails.
  public func forEach(
    in descriptor: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws -> Int {
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      // Linux lets a directory be opened for reading; only `read` fails, and an input that
      // cannot be read must never pass for a clean one.
      throw InputFailure.isDirectory
    }
    var capacity = blockSize
    // Never cleared: only the bytes `read` has filled are looked at.
    var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var filled = 0
    var total = 0
    var atEnd = false
    while !atEnd {
      while filled < capacity {
        let count = Glibc.read(descriptor, buffer + filled, capacity - filled)
        if count < 0 {
          if errno == EINTR { continue }
          throw errno == EISDIR ? InputFailure.isDirectory : InputFailure.cannotRead(errno)
        }
        if count == 0 {
          atEnd = true
          break
        }
        filled += count
        total += count
      }
      var end = filled
      if !atEnd {
        guard let newline = Self.lastNewline(buffer, filled) else {
          // A line longer than the buffer: grow it and read on.
          let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
          grown.update(from: buffer, count: filled)
          buffer.deallocate()
          buffer = grown
          capacity *= 2
          continue
        }
        end = newline + 1
      }
      if end > 0 { try body(UnsafeBufferPointer(start: buffer, count: end)) }
      // The unfinished line moves to the front for the next block.
      memmove(buffer, buffer + end, filled - end)
      filled -= end
    }
    return total
  }

  /// The offset of the last `\n` among `count` bytes. (Lines are short, so searching from the
  /// end finds it at once; glibc's `memrchr` is not visible to Swift.)
  static func lastNewline(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    var index = count - 1
    while index >= 0 {
      if bytes[index] == 0x0A { return index }
      index -= 1
    }
    return nil
  }
}

/// Input that could not be taken in.
public enum InputFailure: Error, Equatable {
  /// The path names a directory, not a file of lines.
  case isDirectory
  /// `read` failed with this `errno`.
  case cannotRead(Int32)
}
