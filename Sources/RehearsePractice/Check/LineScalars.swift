/// Walks a UTF-8 line scalar by scalar, decoding ill-formed bytes as one U+FFFD per maximal
/// subpart (Unicode §3.9) — the rule the matcher counts offsets by — so that scalar offsets
/// from the matcher turn into the right bytes.
struct LineScalars {
  let line: UnsafeBufferPointer<UInt8>
  private(set) var byte = 0
  private(set) var scalar = 0

  init(_ line: UnsafeBufferPointer<UInt8>) {
    self.line = line
  }

  /// Moves to scalar `target` without writing anything.
  mutating func skip(to target: Int) {
    while scalar < target, byte < line.count { _ = step() }
  }

  /// Moves to scalar `target`; returns whether every scalar passed over was well-formed.
  mutating func advance(to target: Int) -> Bool {
    var wellFormed = true
    while scalar < target, byte < line.count { wellFormed = step() && wellFormed }
    return wellFormed
  }

  /// Copies scalars up to `target` into `out`, ill-formed ones as U+FFFD, JSON-escaped if asked.
  mutating func copy(to target: Int, into out: inout [UInt8], escapingJSON: Bool) {
    while scalar < target, byte < line.count {
      let start = byte
      if step() {
        let first = line[start]
        if escapingJSON, byte - start == 1, first < 0x20 || first == 0x22 || first == 0x5C {
          out += CheckJSON.escaped(first)
        } else {
          out += UnsafeBufferPointer(rebasing: line[start..<byte])
        }
      } else {
        out += [0xEF, 0xBF, 0xBD]
      }
    }
  }

  /// Advances one scalar; returns false when it was ill-formed.
  private mutating func step() -> Bool {
    defer { scalar += 1 }
    let lead = line[byte]
    if lead < 0x80 {
      byte += 1
      return true
    }
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default:
      byte += 1
      return false
    }
    guard byte + 1 < line.count, line[byte + 1] >= low, line[byte + 1] <= high else {
      byte += 1
      return false
    }
    var consumed = 2
    while consumed < length {
      guard byte + consumed < line.count, line[byte + consumed] & 0xC0 == 0x80 else {
        byte += consumed
        return false
      }
      consumed += 1
    }
    byte += length
    return true
  }
}
