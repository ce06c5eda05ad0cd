import Testing

@testable import RehearseMatching

/// Negation scope, quantities as values, near groups, required absence and wording patterns.
@Suite("Rubric matching")
struct RubricMatchingTests {
  func present(_ spec: ElementSpec, _ answer: String) -> Bool {
    ElementDetector(elements: [spec]).detect(in: answer).results[0].isPresent
  }

  @Test(
    "a cue inside a negation does not count",
    arguments: [
      ("这个不是我负责的，你找别人吧", false),
      ("这件事我负责", true),
      ("没有我负责的部分", false),
      ("不好意思，我负责到底", true),
      ("我没法说，但我负责", true),
      ("您方不方便，我负责安排", true),
      ("我负責", true),
    ])
  func negation(answer: String, expected: Bool) {
    #expect(present(ElementSpec(id: "e", any: ["我负责"]), answer) == expected)
  }

  @Test func aNegativeElementIsNotCancelledByNegation() {
    let spec = ElementSpec(id: "e", any: ["让您白跑"], negative: true)
    #expect(present(spec, "不会让您白跑的"))
    #expect(!present(ElementSpec(id: "e", any: ["让您白跑"]), "不会让您白跑的"))
  }

  @Test func aCueFollowedByCannotIsNegated() {
    #expect(!present(ElementSpec(id: "e", any: ["处理"]), "这个我处理不了"))
  }

  @Test(
    "times are read as values with units",
    arguments: [
      ("2小时内", 120.0), ("两个钟头", 120), ("120分钟", 120), ("半小时", 30), ("一天", 1_440),
      ("一个半小时", 90), ("二十四小时", 1_440), ("30分钟内", 30), ("3个工作日", 4_320),
    ])
  func durations(text: String, minutes: Double) {
    let folded = TextFolder().fold(text).scalars
    #expect(DurationReader.durations(in: folded).map(\.minutes) == [minutes])
  }

  @Test(
    "a quantity is compared by its relation, never as a substring",
    arguments: [
      ("22小时内给您答复", false), ("2小时内给您答复", true), ("半小时内给您答复", true),
      ("两个钟头内答复", true), ("3小时内答复", false), ("尽快答复", false),
    ])
  func quantity(answer: String, expected: Bool) {
    let spec = ElementSpec(
      id: "e", any: ["答复"], quantity: QuantitySpec(relation: .atMost, minutes: 120))
    #expect(present(spec, answer) == expected)
  }

  @Test func atLeastAndExactly() {
    let atLeast = ElementSpec(id: "e", quantity: QuantitySpec(relation: .atLeast, minutes: 60))
    #expect(present(atLeast, "提前两小时通知"))
    #expect(!present(atLeast, "提前半小时通知"))
    let exactly = ElementSpec(id: "e", quantity: QuantitySpec(relation: .exactly, minutes: 1_440))
    #expect(present(exactly, "24小时"))
    #expect(!present(exactly, "12小时"))
  }

  @Test func nearGroupsInOrderWithinDistance() {
    let spec = ElementSpec(id: "e", near: [["收", "收您"], ["找", "找您"]], within: 6)
    #expect(present(spec, "收您100元，找您20元"))
    #expect(!present(spec, "找您20元，收您100元"))
    #expect(!present(spec, "收您一百元整谢谢惠顾请拿好再找"))
  }

  @Test func withoutIsARequiredAbsence() {
    let spec = ElementSpec(id: "e", any: ["马上处理"], without: ["规定"])
    #expect(present(spec, "我马上处理"))
    #expect(!present(spec, "按规定我马上处理"))
  }

  @Test func synonymsAnyOneIsEnough() {
    let spec = ElementSpec(id: "e", any: ["对不起", "抱歉", "对不住"])
    #expect(present(spec, "对不住啊"))
    #expect(present(spec, "真抱歉"))
    #expect(!present(spec, "您好"))
  }

  @Test(
    "wording patterns match families and respect allow contexts",
    arguments: [
      ("你找10086投诉吧", true), ("您打一下10086", true), ("不用您再打10086了", false),
      ("10086是我们的号码", false), ("找我们，10086", false),
    ])
  func patterns(text: String, flagged: Bool) {
    let pattern = WordingPattern(
      terms: [.oneOf(["找", "打", "拨"]), .gap, .oneOf(["10086"])],
      allow: [[.oneOf(["不用您再打10086"])]], folder: TextFolder())
    #expect(!pattern.matches(in: text, folder: TextFolder()).isEmpty == flagged)
  }
}
