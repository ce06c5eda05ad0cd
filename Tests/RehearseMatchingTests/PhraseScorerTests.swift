import RehearseMatching
import Testing

@Suite("Phrase scoring") struct PhraseScorerTests {
  let scorer = PhraseScorer()
  let introduction = PhraseTemplate("您好，我是铁通公司客户代表{name}。")

  @Test func theModelWordingWithASlotFilledScoresOne() {
    let score = scorer.score(answer: "您好，我是铁通公司客户代表小王。", template: introduction)
    #expect(score.similarity == 1)
    #expect(score.passed)
    #expect(score.slots == [SlotFilling(name: "name", value: "小王", range: 13..<15)])
    #expect(score.missing.isEmpty)
    #expect(score.matchedRange == 0..<15)
  }

  @Test func foldingForgivesScriptWidthAndPunctuation() {
    let score = scorer.score(answer: "您好 我是鐵通公司客戶代表 李明！", template: introduction)
    #expect(score.similarity == 1)
    #expect(score.slots.first?.value == "李明")
  }

  @Test func aSlotStopsAtPunctuationAndWordsAroundThePhraseAreFree() {
    let score = scorer.score(answer: "喂，您好，我是铁通公司客户代表小王，很高兴为您服务", template: introduction)
    #expect(score.similarity == 1)
    #expect(score.slots.first?.value == "小王")
    #expect(score.matchedRange == 2..<17)
  }

  @Test func aMissingWordIsReportedInTheModelsWording() {
    let score = scorer.score(answer: "您好，我是铁通客户代表小王", template: introduction)
    #expect(score.missing == [TextFragment(text: "公司", range: 7..<9)])
    // 12 weighted characters plus the slot: 2 missing leaves 11/13.
    #expect(abs(score.similarity - 11.0 / 13.0) < 1e-9)
    #expect(score.passed)
  }

  @Test func droppedParticlesCostLittle() {
    let template = PhraseTemplate("请问您什么时间方便呢？")
    let score = scorer.score(answer: "请问您什么时间方便", template: template)
    #expect(score.missing.map(\.text) == ["呢"])
    #expect(score.similarity > 0.95)
  }

  @Test func extraWordsInsideThePhraseAreReported() {
    let score = scorer.score(answer: "您好，我是铁通公司的客户代表小王", template: introduction)
    #expect(score.extra == [9..<10])
    #expect(score.passed)
  }

  @Test func aDifferentSentenceFails() {
    let score = scorer.score(answer: "喂，你找谁？", template: introduction)
    #expect(!score.passed)
    #expect(score.similarity < 0.3)
  }

  @Test func anEmptyAnswerScoresZeroWithEverythingMissing() {
    let score = scorer.score(answer: "", template: introduction)
    #expect(score.similarity == 0)
    #expect(score.missing == [TextFragment(text: "您好，我是铁通公司客户代表", range: 0..<13)])
    #expect(score.slots == [SlotFilling(name: "name", value: nil, range: nil)])
    #expect(score.matchedRange == nil)
  }

  @Test func aLeftOutSlotIsReportedAndCosts() {
    let score = scorer.score(answer: "您好，我是铁通公司客户代表。", template: introduction)
    #expect(score.slots == [SlotFilling(name: "name", value: nil, range: nil)])
    #expect(abs(score.similarity - 12.0 / 13.0) < 1e-9)
  }

  @Test func twoSlotsAreFilledSeparately() {
    let template = PhraseTemplate("请问{surname}先生在吗？我们{time}上门")
    let score = scorer.score(answer: "请问张先生在吗？我们明天下午上门", template: template)
    #expect(score.slots.map(\.value) == ["张", "明天下午"])
    #expect(score.similarity == 1)
  }

  @Test func theThresholdIsTheCallersChoice() {
    let strict = PhraseScorer(threshold: 0.95)
    let score = strict.score(answer: "您好，我是铁通客户代表小王", template: introduction)
    #expect(!score.passed)
    #expect(score.threshold == 0.95)
  }
}
