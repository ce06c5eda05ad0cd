import RehearseShell
import Testing

@Suite("Display width and wrapping")
struct LayoutTests {
  @Test func chineseCharactersTakeTwoColumns() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("您好") == 4)
    #expect(DisplayWidth.of("，。") == 4)
    #expect(DisplayWidth.of("ＡＢ") == 4)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("a\u{200B}b") == 2)
    #expect(DisplayWidth.of("𠀀") == 2)
    #expect(DisplayWidth.of("\u{1B}[31m禁用\u{1B}[0m") == 4)
  }

  @Test func paddingCountsColumnsNotCharacters() {
    #expect(DisplayWidth.pad("您好", to: 6) == "您好  ")
    #expect(DisplayWidth.pad("toolong", to: 3) == "toolong")
  }

  @Test func chineseWrapsBetweenCharactersWithinTheWidth() {
    let lines = TextWrapper.wrap("入户前，必须佩带好标志牌，套好鞋袋，与客户核对工作单内容。", width: 20)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    #expect(lines.joined() == "入户前，必须佩带好标志牌，套好鞋袋，与客户核对工作单内容。")
  }

  @Test func closingPunctuationNeverStartsALine() {
    for width in 6...30 {
      let lines = TextWrapper.wrap("您好，我是铁通公司客户代表。请问张先生在吗？好的，谢谢！", width: width)
      for line in lines.dropFirst() {
        #expect(!"，。？！、".contains(line.first!), "width \(width): \(lines)")
      }
    }
  }

  @Test func latinBreaksAtSpaces() {
    #expect(
      TextWrapper.wrap("the quick brown fox jumps", width: 10) == [
        "the quick", "brown fox", "jumps",
      ])
  }

  @Test func overlongTokensAreSplitRatherThanOverflowing() {
    let lines = TextWrapper.wrap("https://example.invalid/a/very/long/path", width: 12)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
    #expect(lines.joined() == "https://example.invalid/a/very/long/path")
  }

  @Test func paragraphsAreKept() {
    #expect(TextWrapper.wrap("一\n\n二", width: 10) == ["一", "", "二"])
  }
}

@Suite("Narrow terminals")
struct NarrowLayoutTests {
  /// Lines that must fit: everything but one unbreakable word (a long id on its own line) and
  /// the one-line notices that are not laid out (“Now using …”, an item's `Kind  PACK/ID`).
  static func mustFit(_ line: Substring) -> Bool {
    let text = line.drop { $0 == " " }
    let lastWord = text.split(separator: " ").last ?? ""
    return text.contains(" ") && !text.hasPrefix("Now using") && !lastWord.contains("/")
  }

  @Test(
    "study lists and practice feedback stay inside the terminal",
    arguments: [10, 12, 16, 20, 21, 24, 30, 40])
  func everyLineFits(width: Int) throws {
    let transcript = try runShell(
      [
        "use alpha", "rules", "phrases", "forbidden", "kit", "dress", "procedures",
        "elements", "questions", "dialogues", "show intro", "search 客户",
      ], width: width)
    let lines = transcript.output.split(separator: "\n")
    #expect(lines.count > 10)
    for line in lines where Self.mustFit(line) {
      #expect(DisplayWidth.of(String(line)) <= width, "width \(width): “\(line)”")
    }
  }
}
