import Testing

@testable import RehearsePractice

/// Key words listed with spaces read as a list, not as sentences.
@Suite("Cue stuffing")
struct CueStuffingTests {
  @Test(
    "space-separated short words read as a word list",
    arguments: [
      ("您好 铁通 客户代表 张先生 在吗", true), ("谢谢 再见 谢谢 再见", true),
      ("您好，我是铁通公司客户代表小王，请问张先生在吗？", false), ("谢谢 再见", false),
      ("您好 我是铁通公司客户代表小王 请问张先生在吗", false),
    ])
  func wordList(answer: String, expected: Bool) {
    #expect(CueStuffing.readsAsWordList(answer) == expected)
  }
}
