import Foundation
import RehearseTestSupport
import Testing

/// `rehearse grade` as trainers and the test suite use it: labelled answers in, verdicts out.
@Suite("rehearse grade")
struct GradeCommandTests {
  let content = ["--content", "Tests/Fixtures/grading"]
  let answers = "Tests/Fixtures/grading/answers.tsv"

  func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func jsonGivesOneObjectPerLineInOrder() throws {
    let run = try CommandRun.rehearse(["grade", "--json"] + content + [answers])
    #expect(run.status == 0, "\(run.errors)")
    let lines = try objects(run.output)
    #expect(lines.map { $0["line"] as? Int } == Array(2...9))
    let first = try #require(lines.first)
    #expect(first["pack"] as? String == "shop")
    #expect(first["item"] as? String == "complaint")
    #expect(first["step"] as? String == "1")
    #expect(first["score"] as? Double == 10)
    #expect(first["max"] as? Double == 10)
    #expect(first["passed"] as? Bool == true)
    let elements = try #require(first["elements"] as? [String: [String]])
    #expect(elements["met"] == ["apology", "take-charge"])
    #expect(elements["missing"] == [])
    // A rude addition costs the whole turn, through the base pack's patterns.
    let rude = lines[3]
    #expect(rude["score"] as? Double == 0)
    #expect(Set(rude["flags"] as? [String] ?? []) == ["do-it-yourself", "push-to-10086"])
    // Cue words strung together earn nothing.
    #expect(lines[4]["stuffed"] as? Bool == true)
    #expect(lines[4]["score"] as? Double == 0)
    // Quantities compared as values: 半小时 meets at most 2 hours, 22小时 does not.
    #expect(lines[5]["passed"] as? Bool == true)
    #expect(lines[7]["score"] as? Double == 0)
  }

  @Test func readableOutputGivesAConfusionTable() throws {
    let run = try CommandRun.rehearse(
      ["grade"] + content,
      input: Data(contentsOf: TestPaths.packageRoot.appendingPathComponent(answers)))
    #expect(run.status == 0)
    #expect(run.output.contains("line 4 · shop complaint 1 · 0/10 · not passed"))
    #expect(run.output.contains("said only in a negation: take-charge"))
    #expect(run.output.contains("pack shop: 4 good, 4 bad"))
    #expect(run.output.contains("  bad: 4 no points, 0 some points"))
  }

  @Test func aMisjudgedAnswerExitsOneAndIsExplained() throws {
    let input = "pack\titem\tstep\tanswer\texpect\nshop\tcomplaint\t1\t对不起，我来处理\tbad\n"
    let run = try CommandRun.rehearse(["grade"] + content, script: input)
    #expect(run.status == 1)
    #expect(run.output.contains("1 misjudged answers:"))
    #expect(run.output.contains("line 2 (labelled bad but earned points): 对不起，我来处理"))
  }

  @Test(
    "bad input exits 2 with the reason",
    arguments: [
      ("pack\titem\tanswer\n", "the header has no column “step”"),
      ("pack\titem\tstep\tanswer\nshop\tcomplaint\t1\n", "line 2: 3 fields where the header has 4"),
      ("pack\titem\tstep\tanswer\nshop\tnope\t\tx\n", "line 2: no dialogue or question “nope”"),
      ("pack\titem\tstep\tanswer\nshop\tcomplaint\t9\tx\n", "line 2: the dialogue has no step “9”"),
      ("pack\titem\tstep\tanswer\texpect\nshop\tcomplaint\t1\tx\tok\n", "line 2: expect is “ok”"),
    ])
  func badInput(input: String, message: String) throws {
    let run = try CommandRun.rehearse(["grade"] + content, script: input)
    #expect(run.status == 2)
    #expect(run.errors.contains(message), "\(run.errors)")
    #expect(run.output.isEmpty)
  }
}

/// `rehearse validate` catches content that contradicts itself once it is scored.
@Suite("rehearse validate audit")
struct ValidateAuditTests {
  @Test func modelAnswersThatFailAndFlaggedPhrasesAreReportedAtTheirPosition() throws {
    let directory = "Tests/Fixtures/audit"
    let run = try CommandRun.rehearse(["validate", directory])
    #expect(run.status == 1)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "\(directory)/p/pack.yaml:7:5: phrase “您可以打10086查询话费” is flagged by the forbidden wording push-to-10086"
      ))
    #expect(
      lines.contains(
        "\(directory)/p/pack.yaml:32:9: the model answer of dialogue d step 1 does not pass its own turn (missing: apology)"
      ))
  }
}
