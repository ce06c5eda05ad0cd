import RehearseLocalization
import Testing

@testable import RehearseContent

/// The hand-written scalar rules must mean what Yams' default (regex) resolver meant.
@Suite("Scalar types")
struct ScalarTypeTests {
  @Test(arguments: [
    ("yes", ScalarType.boolean(true)), ("On", .boolean(true)), ("TRUE", .boolean(true)),
    ("no", .boolean(false)), ("OFF", .boolean(false)), ("False", .boolean(false)),
    ("yEs", .text), ("~", .null), ("", .null), ("Null", .null), ("nULL", .text),
    ("0", .integer), ("-17", .integer), ("+1_000", .integer), ("017", .integer),
    ("0o17", .integer), ("0x1F", .integer), ("0b1010", .integer), ("1:30", .integer),
    ("1:60", .text), ("08", .float), ("0b12", .text), ("0xG", .text), ("12a", .text),
    ("1.5", .float), ("-1.5e3", .float), ("1.", .float), (".5", .float), ("1e3", .float),
    ("1:30.5", .float), (".inf", .float), ("-.Inf", .float), (".NaN", .float), ("-.nan", .text),
    ("1e", .text), (".", .text), ("1.2.3", .text), ("2005-03-01", .timestamp),
    ("2005-3-1 10:00:00", .timestamp), ("2001-12-14t21:59:43.10-05:00", .timestamp),
    ("2001-12-14 21:59:43.10 Z", .timestamp), ("2005-03", .text), ("2005-03-1", .text),
    ("15分钟", .text), ("营业员", .text),
  ])
  func plainScalars(text: String, expected: ScalarType) {
    #expect(ScalarType.resolve(plain: text) == expected, "\(text)")
  }

  @Test func quotedNumbersAndBooleansAreText() throws {
    let library = try load([
      "a.yaml": packYAML + """
        questions:
          - id: q-yes
            type: true-false
            prompt: 是吗？
            answer: yes
            explanation: 解析
            source: 一
          - id: q-dui
            type: true-false
            prompt: 对吗？
            answer: 错
            explanation: 解析
            source: 一
          - id: q-minutes
            type: number
            prompt: 几分钟？
            answer: 15
            unit: 分钟
            explanation: 解析
            source: 一
        """
    ])
    let questions = try #require(library.pack(withID: "p")).questions
    #expect(
      questions.map { "\($0.form)" } == [
        "\(QuestionForm.trueFalse(answer: true))", "\(QuestionForm.trueFalse(answer: false))",
        "\(QuestionForm.number(answer: 15, unit: .minutes))",
      ])
    let quoted = problems([
      "a.yaml": packYAML + """
        questions:
          - id: q-quoted
            type: true-false
            prompt: 是吗？
            answer: "yes"
            explanation: 解析
            source: 一
        """
    ])
    #expect(quoted.count == 1 && quoted[0].contains("answer"), "\(quoted)")
  }
}
