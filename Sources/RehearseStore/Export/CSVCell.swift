import RehearseLocalization

/// One CSV cell written straight into an export, deciding on its UTF-8 bytes (one pass, no
/// per-Character work) whether it must be quoted, defused or made visible.
enum CSVCell {
  /// Appends `text` as a cell: steering characters made visible (`VisibleText.safe`, line
  /// breaks kept), a leading `=`, `+`, `-`, `@` defused with `'` unless the cell is a number,
  /// and the cell quoted when it holds a comma, a quote or a line break.
  static func append(_ text: String, to out: ExportWriter) throws {
    var text = text
    var scan = text.withUTF8(Scan.init)
    if scan.steering {
      text = VisibleText.safe(text, lineBreaks: .kept)
      scan = text.withUTF8(Scan.init)
    }
    let first = text.utf8.first
    let defused =
      (first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40) && Double(text) == nil
    try text.withUTF8 { bytes in
      if scan.quoted { try out.append(0x22) }
      if defused { try out.append(0x27) }
      if scan.quoted {
        var start = 0
        for index in bytes.indices where bytes[index] == 0x22 {
          try out.append(UnsafeBufferPointer(rebasing: bytes[start...index]))
          start = index  // the quote is written again: doubled
        }
        try out.append(UnsafeBufferPointer(rebasing: bytes[start...]))
        try out.append(0x22)
      } else {
        try out.append(bytes)
      }
    }
  }

  /// What one pass over a cell's bytes found.
  private struct Scan {
    var quoted = false
    var steering = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        switch byte {
        case 0x2C, 0x22, 0x0A:
          quoted = true
        case 0x0D:
          quoted = true
          // CR alone would be read as a line end by some readers; CR LF is kept as it is.
          if index + 1 >= count || bytes[index + 1] != 0x0A { steering = true }
        case 0x00...0x1F, 0x7F:
          steering = true
        case 0xC2:
          // C1 controls: U+0080...U+009F.
          if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { steering = true }
        case 0xE2:
          // Bidi embeddings and overrides (U+202A...U+202E), isolates (U+2066...U+2069), line
          // and paragraph separators (U+2028, U+2029).
          if index + 2 < count {
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80, (0xA8...0xAE).contains(third) { steering = true }
            if second == 0x81, (0xA6...0xA9).contains(third) { steering = true }
          }
        default:
          break
        }
        index += 1
      }
    }
  }
}
