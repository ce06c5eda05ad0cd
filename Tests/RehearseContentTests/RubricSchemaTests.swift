import RehearseContent
import Testing

/// The rubric syntax of elements and forbidden wording, and the base pack every pack inherits.
@Suite("Rubric schema")
struct RubricSchemaTests {
  @Test func elementConditionsAreDecoded() throws {
    let library = try load([
      "pack.yaml": packYAML,
      "elements.yaml": """
      elements:
        - id: reply-time
          name: 承诺答复时间
          rule: 告诉客户多久内给答复
          any: [答复, 回复]
          near: [[收, 接], 找]
          within: 4
          without: [规定]
          quantity: {at-most: 2, unit: hours}
          negative: true
          source: 三(2)
      """,
    ])
    let element = try #require(library.packs.first?.elements.first)
    #expect(element.rule == "告诉客户多久内给答复")
    #expect(element.near == [["收", "接"], ["找"]])
    #expect(element.within == 4)
    #expect(element.without == ["规定"])
    #expect(element.quantity == QuantityRequirement(relation: .atMost, value: 2, unit: .hours))
    #expect(element.negative)
  }

  @Test func quantityNeedsExactlyOneRelation() {
    let found = problems([
      "pack.yaml": packYAML,
      "elements.yaml": """
      elements:
        - id: reply-time
          name: 承诺答复时间
          quantity: {at-most: 2, at-least: 1, unit: hours}
          source: 三(2)
      """,
    ])
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("p/elements.yaml:4:15: a quantity states exactly one") == true)
  }

  @Test func withinWithoutNearIsReported() {
    let found = problems([
      "pack.yaml": packYAML,
      "elements.yaml": """
      elements:
        - id: e
          name: 元素
          any: [好]
          within: 3
          source: 一
      """,
    ])
    #expect(found == ["p/elements.yaml:5:5: “within” only means something together with “near”"])
  }

  @Test func forbiddenPatternIsParsedAndShown() throws {
    let library = try load([
      "pack.yaml": packYAML,
      "forbidden.yaml": """
      forbidden:
        - id: push-to-10086
          pattern: (找|打|拨) … 10086
          severity: banned
          instead: 我来帮您处理
          allow: [不用您再打10086]
          source: 002 二(三)
      """,
    ])
    let forbidden = try #require(library.packs.first?.forbidden.first)
    #expect(forbidden.pattern == "(找|打|拨) … 10086")
    #expect(forbidden.text == "找/打/拨…10086")
  }

  @Test(
    "a malformed pattern is reported at its position",
    arguments: [
      ("找|打…10086", "put alternatives in parentheses"),
      ("(找|打…10086", "a parenthesis is not closed"),
      ("(找||打)10086", "an alternative is empty"),
      ("…10086", "a gap … cannot begin or end"),
    ])
  func malformedPattern(pattern: String, reason: String) {
    let found = problems([
      "pack.yaml": packYAML,
      "forbidden.yaml": """
      forbidden:
        - id: f
          pattern: "\(pattern)"
          severity: banned
          instead: 好的
          source: 一
      """,
    ])
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("p/forbidden.yaml:3:14: cannot read pattern") == true)
    #expect(found.first?.contains(reason) == true)
  }

  @Test func packsInheritTheBaseAndMayOverrideIt() throws {
    let base = """
      pack:
        id: common
        title: 通用
        document: 《通用规范》
        base: true
      elements:
        - id: apology
          name: 致歉
          any: [对不起, 抱歉]
          source: 000 第六条
        - id: thanks
          name: 致谢
          any: [谢谢]
          source: 000 第六条
      forbidden:
        - id: not-my-job
          pattern: 不归我管
          severity: banned
          instead: 我帮您问清楚
          source: 000 第六条
      """
    let own = """
      pack:
        id: p
        title: 测试
        document: 《测试》
      elements:
        - id: thanks
          name: 感谢（本包）
          any: [感谢]
          source: 一
      dialogues:
        - id: d
          title: 对话
          role: 客服
          scene: 场景
          source: 一
          steps:
            - customer: 喂
              expect: {all: [apology, thanks]}
              model: 对不起，感谢您
              points: 10
      """
    let files = [
      ContentFile(folder: "common", path: "common/pack.yaml", bytes: Array(base.utf8)),
      ContentFile(folder: "p", path: "p/pack.yaml", bytes: Array(own.utf8)),
    ]
    let library = try ContentLoader().load(files)
    let pack = try #require(library.pack(withID: "p"))
    #expect(pack.elements.map(\.id) == ["thanks", "apology"])
    #expect(pack.elements.first?.name == "感谢（本包）")
    #expect(pack.forbidden.map(\.id) == ["not-my-job"])
    #expect(pack.inheritedIDs == ["apology", "not-my-job"])
    let apology = try #require(pack.elements.last)
    #expect(pack.citation(for: apology) == "《通用规范》000 第六条")
    #expect(library.pack(withID: "common")?.isBase == true)
  }
}
