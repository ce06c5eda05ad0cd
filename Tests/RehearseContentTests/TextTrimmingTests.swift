import RehearseContent
import Testing

@Suite("Text trimming")
struct TextTrimmingTests {
  @Test func theWhiteSpaceSetIsUnicodes() {
    // Every scalar of the BMP and the first astral planes, against the standard library's
    // Unicode tables.
    for value in 0...0x2FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(
        scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
    }
  }

  @Test func ideographicAndOtherSpacesAreTrimmedFromBothEnds() {
    #expect("\u{3000} 您好\u{00A0}\t\r".trimmingWhitespace == "您好")
    #expect("您 好".trimmingWhitespace == "您 好")
    #expect("\u{2003}\u{3000}".trimmingWhitespace == "")
  }
}
