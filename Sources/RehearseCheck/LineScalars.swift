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

  /// How copied scalars are made fit for where they go.
  enum Escaping {
    /// For a JSON string: quotes, backslashes and control characters escaped.
    case json
    /// For a terminal: steering characters shown as `VisibleText` shows them.
    case visible
  }

  /// Copies scalars up to `target` into `out`, ill-formed ones as U+FFFD, escaped as asked.
  mutating func copy(to target: Int, into out: ByteSink, escaping: Escaping) {
    while scalar < target, byte < line.count {
      let start = byte
      let (decoded, wellFormed) = step()
      guard wellFormed else {
        out.append(0xEF)
        out.append(0xBF)
        out.append(0xBD)
        continue
      }
      let bytes = UnsafeBufferPointer(rebasing: line[start..<byte])
      switch escaping {
      case .json:
        let first = line[start]
        if bytes.count == 1, first < 0x20 || first == 0x22 || first == 0x5C {
          out.append(CheckJSON.escaped(first))
        } else {
          out.append(bytes)
        }
      case .visible:
        VisibleBytes.append(decoded, bytes: bytes, to: out)
      }
    }
  }

  /// Advances one scalar; `wellFormed` is false when it was decoded as U+FFFD (ill-formed, or
  /// a U+FFFD in the input, which is written the same way).
  private mutating func step() -> (scalar: Unicode.Scalar, wellFormed: Bool) {
    scalar += 1
    let decoded = UTF8Scalars.decode(line, at: &byte)
    return (decoded, decoded != "\u{FFFD}")
  }
}
