import RehearseMatching

/// Walks a UTF-8 line scalar by scalar, counting as the matcher counts (ill-formed bytes are one
/// U+FFFD per maximal subpart), so that the matcher's scalar offsets turn into the right bytes.
/// Only lines that are not well-formed UTF-8 need it: otherwise hits carry their byte offsets.
struct LineScalars {
  let line: UnsafeBufferPointer<UInt8>
  private var byte = 0
  private var scalar = 0

  init(_ line: UnsafeBufferPointer<UInt8>) {
    self.line = line
  }

  /// Moves to scalar `target` without writing anything.
  mutating func skip(to target: Int) {
    while scalar < target, byte < line.count { _ = step() }
  }

  /// Copies scalars up to `target` into `out`, ill-formed ones as U+FFFD, JSON-escaped if asked.
  mutating func copy(to target: Int, into out: ByteSink, escapingJSON: Bool) {
    while scalar < target, byte < line.count {
      let start = byte
      if step() {
        let first = line[start]
        if escapingJSON, byte - start == 1, first < 0x20 || first == 0x22 || first == 0x5C {
          out.append(CheckJSON.escaped(first))
        } else {
          out.append(UnsafeBufferPointer(rebasing: line[start..<byte]))
        }
      } else {
        out.append(0xEF)
        out.append(0xBF)
        out.append(0xBD)
      }
    }
  }

  /// Advances one scalar; returns false when it was decoded as U+FFFD (ill-formed, or a
  /// U+FFFD in the input, which is written the same way).
  private mutating func step() -> Bool {
    scalar += 1
    return UTF8Scalars.decode(line, at: &byte) != "\u{FFFD}"
  }
}
