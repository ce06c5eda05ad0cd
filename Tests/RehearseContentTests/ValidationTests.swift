import RehearseContent
import RehearseLocalization
import Testing

/// Problems that content can have, each checked with a small in-memory pack.
@Suite("Content validation")
struct ValidationTests {
  @Test func wrongShapes() {
    let found = problems([
      "pack.yaml": packYAML,
      "q.yaml": """
      questions:
        - id: q
          type: single
          prompt: 哪个？
          choices: 甲乙
          answer: A
          explanation: 解析
          source: 一
      rules: 不是列表
      """,
    ])
    #expect(found.contains("p/q.yaml:5:14: “choices” must be a list, not text"))
    #expect(found.contains("p/q.yaml:9:8: “rules” must be a list, not text"))
  }

  @Test func emptyAndMissingValues() {
    let found = problems([
      "pack.yaml": packYAML,
      "r.yaml": """
      rules:
        - id: r
          topic: conduct
          text: ""
        - id: s
          text: 有内容
          source: 二
      """,
    ])
    #expect(found.contains("p/r.yaml:4:11: “text” must not be empty"))
    #expect(found.contains("p/r.yaml:2:5: missing required key “source”"))
    #expect(found.contains("p/r.yaml:5:5: missing required key “topic”"))
  }

  @Test func idsMustBeKebabCase() {
    let found = problems([
      "pack.yaml": packYAML
        + "rules:\n  - id: Be_Polite\n    topic: conduct\n    text: 文明\n    source: 一\n"
    ])
    #expect(
      found == [
        "p/pack.yaml:9:9: id “Be_Polite” must be lowercase letters, digits and hyphens (like “greet-customer”)"
      ])
  }

  @Test func unknownTopLevelKeySuggestsTheKind() {
    let found = problems(["pack.yaml": packYAML + "phrase:\n  - id: x\n"])
    #expect(found == ["p/pack.yaml:8:1: unknown key “phrase”; did you mean “phrases”?"])
  }

  @Test func packMustBeDeclaredOnceAndMatchItsFolder() {
    #expect(
      problems(["rules.yaml": "rules: []\n"]) == [
        "p/rules.yaml:1:1: this folder has no “pack:” declaration (add a pack.yaml)"
      ])
    let mismatch = problems(["pack.yaml": packYAML], folder: "q")
    #expect(mismatch.count == 1)
    #expect(
      mismatch.first?.hasPrefix("q/pack.yaml:2:7: pack id “p” must match its folder name “q”")
        == true)
    let twice = problems(["a.yaml": packYAML, "b.yaml": packYAML])
    #expect(twice == ["p/b.yaml:1:1: second “pack:” declaration; the first is at p/a.yaml:1:1"])
  }

  @Test func allowedPhraseMustContainTheForbiddenText() {
    let found = problems([
      "pack.yaml": packYAML,
      "f.yaml": """
      forbidden:
        - id: but
          text: 但是
          severity: discouraged
          instead: 同时
          allow: [但 是您放心, 您放心]
          source: 一
      """,
    ])
    #expect(
      found == [
        "p/f.yaml:6:21: allowed phrase “您放心” does not contain “但是”, so it can never cancel a match"
      ])
  }

  @Test func choicesAnswersAndTypes() {
    let found = problems([
      "pack.yaml": packYAML,
      "q.yaml": """
      questions:
        - id: q1
          type: single
          prompt: 哪个？
          choices: [甲, 乙]
          answer: C
          explanation: 解析
          source: 一
        - id: q2
          type: true-false
          prompt: 对吗？
          answer: true
          unit: hours
          explanation: 解析
          source: 一
        - id: q3
          type: essay
          prompt: 写
          explanation: 解析
          source: 一
        - id: q4
          type: number
          prompt: 几小时？
          answer: 0
          unit: hour
          explanation: 解析
          source: 一
      """,
    ])
    #expect(found.contains("p/q.yaml:6:13: answer “C” is not among the 2 choices"))
    #expect(
      found.contains("p/q.yaml:13:5: key “unit” does not belong to a question of type “true-false”")
    )
    #expect(
      found.contains(
        "p/q.yaml:17:11: “type” cannot be “essay”; use one of: single, multiple, true-false, number, order, phrase"
      ))
    #expect(found.contains("p/q.yaml:24:13: “answer” must be a whole number above zero"))
    #expect(
      found.contains(
        "p/q.yaml:25:11: “unit” cannot be “hour”; use one of: minutes, hours, days, weeks, months"))
  }

  @Test func referencesMustNameTheRightKind() {
    let found = problems([
      "pack.yaml": packYAML,
      "x.yaml": """
      rules:
        - id: polite
          topic: conduct
          text: 文明
          source: 一
      phrases:
        - id: hello
          situation: 问候
          text: 您好
          elements: [polite]
          source: 一
      """,
    ])
    #expect(
      found == ["p/x.yaml:10:16: “elements” refers to “polite”, which does not exist in this pack"])
  }

  @Test func slotsMustBeWellFormed() {
    let found = problems([
      "pack.yaml": packYAML,
      "x.yaml":
        "phrases:\n  - id: hello\n    situation: 问候\n    text: 您好，我是{Name}\n    source: 一\n",
    ])
    #expect(
      found == [
        "p/x.yaml:4:11: bad slot in “您好，我是{Name}”: write slots as {name} with a lowercase name"
      ])
  }

  @Test func duplicateYAMLKeysAreSyntaxErrors() {
    let found = problems(["pack.yaml": packYAML + "rules:\n  - id: a\n    id: b\n"])
    #expect(found == ["p/pack.yaml:9:5: key “id” appears twice"])
  }

  @Test func invalidUTF8IsReportedWhereItStarts() {
    var bytes = Array(packYAML.utf8)
    bytes += Array("rules:\n  - id: ok\n    text: 好".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
    let found = problems([ContentFile(folder: "p", path: "p/pack.yaml", bytes: bytes)])
    #expect(found == ["p/pack.yaml:10:12: file is not valid UTF-8 from here on; save it as UTF-8"])
  }

  @Test func oversizedFilesAreRefused() {
    let bytes = Array(repeating: UInt8(ascii: "#"), count: ContentLoader.maximumFileSize + 1)
    let found = problems([ContentFile(folder: "p", path: "p/big.yaml", bytes: bytes)])
    #expect(
      found.first
        == "p/big.yaml:1:1: file is \(ContentLoader.maximumFileSize + 1) bytes; content files may be at most \(ContentLoader.maximumFileSize) bytes"
    )
  }

  @Test func aliasBombsAreRefused() {
    // Nine levels of nine aliases: a few hundred bytes that expand to 387 million nodes.
    var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let previous = "*a\(level - 1)"
      yaml +=
        "a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
    }
    let found = problems(["pack.yaml": yaml])
    #expect(
      found == [
        "p/pack.yaml:1:1: file expands to more than \(ContentLoader.maximumNodes) nodes (too many aliases?); refusing to load it"
      ])
  }

  @Test func everyProblemIsCollectedNotJustTheFirst() {
    let found = problems([
      "pack.yaml": packYAML,
      "r.yaml":
        "rules:\n  - id: a\n    topik: conduct\n  - id: b\n    topic: nowhere\n    text: x\n    source: y\n",
    ])
    #expect(found.count == 5)
  }
}
