#if canImport(Glibc)
  import Glibc
#endif

/// Cuts the input of `rehearse check` into blocks of whole lines, so that memory stays the size
/// of one block (plus its report) whatever the input's size.
///
/// A regular file is mapped a window at a time: its pages come straight from the page cache,
/// with no copy, no buffer to clear and no read on the main thread, and they are faulted in by
/// the threads that scan them. Anything else (a pipe, a terminal) is read into one buffer.
/// Either way a block ends at its last newline and the rest starts the next block; a line
/// longer than a block makes the block grow until it holds the line.
enum InputBlocks {
  /// Hands every block of `descriptor` to `body`, in order, and returns the number of bytes.
  static func forEach(
    in descriptor: Int32, blockSize: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws -> Int {
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0,
      let mapped = try mapWindows(
        of: descriptor, size: Int(status.st_size), windowSize: blockSize, body)
    {
      return mapped
    }
    return try read(descriptor, blockSize: blockSize, body)
  }

  /// The mapped path. Returns nil when the file cannot be mapped at all (then it is read).
  ///
  /// (The size is taken once: lines appended while the file is checked are left for the next
  /// run, as `cat` would have read it; a file cut shorter meanwhile would fault, as it would
  /// for any program mapping it.)
  private static func mapWindows(
    of descriptor: Int32, size: Int, windowSize: Int,
    _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws -> Int? {
    let pageSize = max(Int(sysconf(Int32(_SC_PAGESIZE))), 4096)
    var start = 0
    while start < size {
      // Mappings start on a page boundary, at or before the first unchecked line.
      let windowStart = start & ~(pageSize - 1)
      var nextLength = min(windowSize, size - windowStart)
      while true {
        let length = nextLength
        guard
          let window = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, off_t(windowStart)),
          window != MAP_FAILED
        else {
          if start == 0 { return nil }
          throw InputFailure.cannotMap
        }
        defer { munmap(window, length) }
        _ = madvise(window, length, MADV_SEQUENTIAL)
        let bytes = window.assumingMemoryBound(to: UInt8.self) + (start - windowStart)
        let available = windowStart + length - start
        var end = available
        if windowStart + length < size {
          guard let newline = lastNewline(bytes, available) else {
            // No line ends in this window: map a larger one.
            nextLength = min(length * 2, size - windowStart)
            continue
          }
          end = newline + 1
        }
        try body(UnsafeBufferPointer(start: bytes, count: end))
        start += end
        break
      }
    }
    return size
  }

  /// The reading path, for pipes and terminals.
  private static func read(
    _ descriptor: Int32, blockSize: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws -> Int {
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
        if count < 0 && errno == EINTR { continue }
        if count <= 0 {
          atEnd = true
          break
        }
        filled += count
        total += count
      }
      var end = filled
      if !atEnd {
        guard let newline = lastNewline(buffer, filled) else {
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
  private static func lastNewline(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    var index = count - 1
    while index >= 0 {
      if bytes[index] == 0x0A { return index }
      index -= 1
    }
    return nil
  }
}

/// Input that could not be taken in.
enum InputFailure: Error {
  case cannotMap
}
