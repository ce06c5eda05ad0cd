import RehearseLocalization
import Testing

@testable import RehearseCheck

/// The report for people makes matched words safe byte by byte; it must say exactly what
/// `VisibleText.safe`, the project's one rule, says of the same text.
@Suite("Visible bytes")
struct VisibleBytesTests {
  static func visible(_ text: String) -> String {
    let sink = ByteSink(capacity: 16)
    var text = text
    text.withUTF8 { VisibleBytes.append($0, to: sink) }
    return String(decoding: sink.bytes, as: UTF8.self)
  }

  @Test func everySteeringCharacterIsShownAsVisibleTextShowsIt() {
    var values = Array(0...0xA0) + Array(0x2000...0x2070) + [0xFEFF, 0xFFFD, 0x1F600]
    values += [0x4E0D, 0x201C, 0x201D, 0x2026, 0xC0, 0xFF]
    for value in values {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      for text in ["\(scalar)", "不\(scalar)知道", "a\(scalar)\(scalar)b"] {
        #expect(Self.visible(text) == VisibleText.safe(text), "U+\(String(value, radix: 16))")
      }
    }
  }

  @Test func randomMixturesAgreeWithVisibleText() {
    let alphabet: [Unicode.Scalar] = [
      "a", "不", "知", "\u{1B}", "\u{07}", "\n", "\r", "\u{7F}", "\u{85}", "\u{9B}", "\u{202E}",
      "\u{2066}", "\u{2028}", "“", "…", "😀", "\u{E2}", "\u{C2}",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...12, using: &generator) {
        text.append(alphabet.randomElement(using: &generator)!)
      }
      let string = String(text)
      #expect(Self.visible(string) == VisibleText.safe(string), "\(string.debugDescription)")
    }
  }

  @Test func ordinaryWordsAreCopiedAsTheyAre() {
    for text in ["不知道", "“但是”……", "ＡＢＣ 😀", ""] {
      #expect(Self.visible(text) == text)
    }
  }
}
