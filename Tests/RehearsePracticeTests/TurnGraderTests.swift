import RehearseContent
import RehearsePractice
import Testing

@Suite("Grading dialogue turns")
struct TurnGraderTests {
  func turn(_ index: Int) throws -> (TurnGrader, DialogueStep) {
    let matcher = try alphaMatcher()
    return (TurnGrader(matcher: matcher), matcher.pack.dialogues[0].steps[index])
  }

  @Test func aGoodAnswerMeetsEveryRequirement() throws {
    let (grader, step) = try turn(0)
    let result = grader.grade(step, answer: "您好！我是铁通公司的客户代表小王，请问张先生在吗？")
    #expect(result.passed)
    #expect(result.score == 10)
    #expect(result.checks.map(\.id) == ["greeting", "self-introduction"])
    #expect(result.checks.allSatisfy { $0.found })
    #expect(result.checks[0].range == 0..<2)
  }

  @Test func aMissingElementCostsItsShare() throws {
    let (grader, step) = try turn(0)
    let result = grader.grade(step, answer: "您好，请问张先生在吗？")
    #expect(!result.passed)
    #expect(result.score == 5)
    let missing = result.checks.filter { !$0.found }
    #expect(missing.map(\.id) == ["self-introduction"])
    #expect(missing[0].cues == ["铁通", "客户代表"])
  }

  @Test func aBannedPhraseScoresNothingHoweverItIsTyped() throws {
    let (grader, step) = try turn(1)
    for answer in ["這不可能是我們的錯", "这 不 可 能 是 我 们 的 错", "这—不可能—是我们的错！"] {
      let result = grader.grade(step, answer: answer)
      #expect(result.score == 0, "\(answer)")
      #expect(result.flags.map(\.phrase.id) == ["not-our-fault"], "\(answer)")
      #expect(result.checks.first { $0.id == "not-our-fault" }?.found == true)
    }
  }

  @Test func aDiscouragedWordHalvesTheScore() throws {
    let (grader, step) = try turn(1)
    let result = grader.grade(step, answer: "对不起，但是我们会尽快安装。")
    #expect(result.flags.map(\.phrase.id) == ["but"])
    #expect(result.score == 5)
    #expect(!result.passed)
    let allowed = grader.grade(step, answer: "对不起，但是您放心，我们会尽快安装。")
    #expect(allowed.flags.isEmpty)
    #expect(allowed.passed)
  }
}
