import RehearseLocalization
import Testing

@Suite("Visible text")
struct VisibleTextTests {
  @Test func ordinaryTextIsUntouched() {
    for text in ["您好，我是工程师王芳。", "Hello, world", "", "tab-free ＡＢＣ 😀"] {
      #expect(VisibleText.safe(text) == text)
    }
  }

  @Test func escapeSequencesAreShownNotSent() {
    let renamed = "答\u{1B}]2;pwned\u{07}案\u{1B}[31m红"
    let safe = VisibleText.safe(renamed)
    #expect(safe == "答␛]2;pwned␇案␛[31m红")
    #expect(!safe.unicodeScalars.contains(where: VisibleText.needsReplacing))
  }

  @Test func everyControlAndBidiCharacterIsReplaced() {
    let steering = (0...0x9F).filter { $0 < 0x20 || $0 >= 0x7F } + [0x202E, 0x2066, 0x2029]
    for value in steering {
      let text = "a" + String(Unicode.Scalar(UInt32(value))!) + "b"
      let safe = VisibleText.safe(text)
      #expect(!safe.unicodeScalars.contains(where: VisibleText.needsReplacing), "U+\(value)")
      #expect(safe.hasPrefix("a") && safe.hasSuffix("b"))
      #expect(VisibleText.safe(safe) == safe)
    }
    #expect(VisibleText.safe("x\u{9B}y") == "x<U+009B>y")
    #expect(VisibleText.safe("\u{202E}") == "<U+202E>")
  }

  @Test func lineBreaksAreShownOrKeptAsAsked() {
    #expect(VisibleText.safe("一\n二") == "一␊二")
    #expect(VisibleText.safe("一\n二\r\n三\r四", lineBreaks: .kept) == "一\n二\r\n三␍四")
  }
}
