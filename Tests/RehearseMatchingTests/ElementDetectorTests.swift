import RehearseMatching
import Testing

@Suite("Element detection") struct ElementDetectorTests {
  let detector = ElementDetector(elements: [
    ElementSpec(id: "greeting", any: ["您好", "你好"]),
    ElementSpec(id: "self-introduction", all: ["铁通", "客户代表"]),
    ElementSpec(id: "ask-for-customer", any: ["请问{surname}先生在吗", "请问您是{surname}先生吗"]),
    ElementSpec(id: "nothing-to-find"),
  ])

  @Test(arguments: ["您好", "您 好", "您好！", "您好～", "您—好", "，您\u{200B}好。"])
  func cuesAreFoundWhateverTheNoise(answer: String) {
    #expect(detector.detect(in: answer).present == ["greeting"])
  }

  @Test func foundCuesSayWhere() throws {
    let report = detector.detect(in: "喂，您好，我是鐵通公司客戶代表小王。")
    #expect(report.present == ["greeting", "self-introduction"])
    let introduction = try #require(report["self-introduction"])
    #expect(introduction.foundAll.map(\.range) == [7..<9, 11..<15])
    #expect(report["greeting"]?.foundAny.map(\.range) == [2..<4])
  }

  @Test func missingCuesAreListed() throws {
    let report = detector.detect(in: "我是铁通的小王")
    #expect(
      report.missing == ["greeting", "self-introduction", "ask-for-customer", "nothing-to-find"])
    #expect(report["self-introduction"]?.missingAll == ["客户代表"])
    #expect(report["self-introduction"]?.foundAll.map(\.cue) == ["铁通"])
    #expect(report["greeting"]?.missingAny == ["您好", "你好"])
  }

  @Test func cuesWithSlotsReportTheirFillings() throws {
    let report = detector.detect(in: "您好，请问张先生在吗？")
    let match = try #require(report["ask-for-customer"]?.foundAny.first)
    #expect(match.range == 3..<10)
    #expect(match.slots == [SlotFilling(name: "surname", value: "张", range: 5..<6)])
  }

  @Test func aSlotDoesNotRunAcrossPunctuation() {
    #expect(detector.detect(in: "请问，先生在吗").missing.contains("ask-for-customer"))
  }

  @Test func anElementWithoutCuesIsNeverPresent() {
    #expect(detector.detect(in: "您好").missing.contains("nothing-to-find"))
  }
}
