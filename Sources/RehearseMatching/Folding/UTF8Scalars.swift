/// Decoding of UTF-8 bytes into scalar values without building `String`s, for the fast path.
///
/// Ill-formed input becomes U+FFFD, one per *maximal subpart* (Unicode §3.9, the policy the
/// standard library's own decoder follows), so scalar offsets agree with
/// `String(decoding: bytes, as: UTF8.self).unicodeScalars`.
public enum UTF8Scalars {
  static let replacement: UInt32 = 0xFFFD

  /// Decodes the scalar at `bytes[index]` and moves `index` past it; an ill-formed sequence
  /// gives U+FFFD and moves past its maximal subpart. For code outside the matcher that must
  /// count scalars exactly as the matcher does (to turn its offsets back into bytes).
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int)
    -> Unicode.Scalar
  {
    let lead = bytes[index]
    if lead < 0x80 {
      index += 1
      return Unicode.Scalar(lead)
    }
    return Unicode.Scalar(decodeNonASCII(bytes.baseAddress!, &index, bytes.count)) ?? "\u{FFFD}"
  }

  /// Decodes the scalar that starts at `bytes[index]` (which is not ASCII; the caller handles
  /// ASCII inline) and moves `index` past it.
  @inline(__always)
  static func decodeNonASCII(
    _ bytes: UnsafePointer<UInt8>, _ index: inout Int, _ end: Int
  ) -> UInt32 {
    let lead = UInt32(bytes[index])
    // The range the second byte must fall in depends on the lead (Table 3-7); later bytes are
    // always 0x80...0xBF.
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default:
      index += 1
      return replacement
    }
    guard index + 1 < end, bytes[index + 1] >= low, bytes[index + 1] <= high else {
      index += 1
      return replacement
    }
    var value = (lead & (0x7F >> UInt32(length))) << 6 | UInt32(bytes[index + 1] & 0x3F)
    var consumed = 2
    while consumed < length {
      guard index + consumed < end, bytes[index + consumed] & 0xC0 == 0x80 else {
        index += consumed
        return replacement
      }
      value = value << 6 | UInt32(bytes[index + consumed] & 0x3F)
      consumed += 1
    }
    index += length
    return value
  }
}
