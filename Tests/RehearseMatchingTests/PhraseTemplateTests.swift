import RehearseMatching
import Testing

@Suite("Phrase templates") struct PhraseTemplateTests {
  @Test func slotsAreParsedWithTheirPositions() {
    let template = PhraseTemplate("您好，我是铁通公司客户代表{name}。请问{surname}先生在吗？")
    #expect(template.slotNames == ["name", "surname"])
    #expect(
      template.parts == [
        .text("您好，我是铁通公司客户代表"), .slot("name"), .text("。请问"), .slot("surname"), .text("先生在吗？"),
      ])
    #expect(template.partRanges[1] == 13..<19)
  }

  @Test(arguments: ["{Name}", "{}", "{1st}", "{na me}", "{name", "name}", "{-x}"])
  func malformedBracesAreText(text: String) {
    #expect(PhraseTemplate(text).parts == [.text(text)])
  }

  @Test func aSlotInsideStrayBracesStillParses() {
    #expect(PhraseTemplate("{name{x}").parts == [.text("{name"), .slot("x")])
    #expect(PhraseTemplate("{time-of-day2}").slotNames == ["time-of-day2"])
  }
}
