/// Cutting a block of text into pieces of whole lines, to share it out between threads.
public enum WholeLines {
  /// Cuts `bytes` into at most `count` ranges of about equal size, each ending just after a
  /// `\n` (the last at the end of `bytes`). An empty block gives one empty range.
  public static func cut(_ bytes: UnsafeBufferPointer<UInt8>, into count: Int) -> [Range<Int>] {
    let count = max(count, 1)
    var pieces: [Range<Int>] = []
    var start = 0
    for piece in 1...count where start < bytes.count {
      var end = piece == count ? bytes.count : max(start, bytes.count * piece / count)
      while end < bytes.count, end > 0, bytes[end - 1] != UInt8(ascii: "\n") { end += 1 }
      if end > start { pieces.append(start..<end) }
      start = end
    }
    return pieces.isEmpty ? [0..<0] : pieces
  }
}
