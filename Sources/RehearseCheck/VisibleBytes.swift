import RehearseLocalization
import RehearseMatching

/// `VisibleText.safe` for UTF-8 bytes on their way into the report for people: the same rule
/// (control, escape and bidirectional characters shown as visible stand-ins, newlines shown as
/// ␊), applied to the matched words of a line without making a `String` of it.
///
/// Words almost never hold such a character, so the common case is one pass over the bytes
/// that finds no byte that could start one (below 0x20, DEL, or the lead bytes 0xC2 and 0xE2
/// of the C1 controls and of the bidirectional and separator characters) and copies them.
enum VisibleBytes {
  /// Appends well-formed UTF-8 `bytes` to `out`, made safe.
  @inline(__always)
  static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteSink) {
    guard mayNeedReplacing(bytes) else {
      out.append(bytes)
      return
    }
    appendChecked(bytes, to: out)
  }

  /// Whether `bytes` hold a byte that could start a steering character.
  @inline(__always)
  static func mayNeedReplacing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
      return true
    }
    return false
  }

  /// The slow path: decodes each scalar and replaces those `VisibleText` replaces.
  private static func appendChecked(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteSink) {
    var index = 0
    while index < bytes.count {
      let start = index
      let scalar = UTF8Scalars.decode(bytes, at: &index)
      append(scalar, bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]), to: out)
    }
  }

  /// Appends one decoded scalar, given with the bytes it was decoded from.
  @inline(__always)
  static func append(_ scalar: Unicode.Scalar, bytes: UnsafeBufferPointer<UInt8>, to out: ByteSink)
  {
    if VisibleText.needsReplacing(scalar) {
      out.append(Array(VisibleText.standIn(for: scalar).utf8))
    } else {
      out.append(bytes)
    }
  }
}
