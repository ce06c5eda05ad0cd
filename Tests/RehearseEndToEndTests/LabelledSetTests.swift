import Foundation
import RehearseTestSupport
import Testing

/// The labelled answers under Tests/Fixtures/labelled, graded against the bundled content by
/// `rehearse grade` the way a trainer would, and held to the targets where the scorer
/// meets them.
@Suite("Labelled answers")
struct LabelledSetTests {
  static let packs = [
    "aftersales-engineer", "group-account-manager", "tietong-representative",
    "unicom-business-hall", "wireless-field-service",
  ]

  /// One graded answer: its score and what it was worth.
  struct Verdict {
    var score: Double
    var max: Double
  }

  /// Every answer of one kind (good, bad or gamed) across the packs, graded.
  func verdicts(kind: String) throws -> [Verdict] {
    var all: [Verdict] = []
    for pack in Self.packs {
      let path = "Tests/Fixtures/labelled/\(kind)/\(pack).tsv"
      let rows = try String(
        contentsOf: TestPaths.packageRoot.appendingPathComponent(path), encoding: .utf8
      ).split(separator: "\n").dropFirst()
      let run = try CommandRun.rehearse(["grade", "--json", path])
      // 2 would mean the file no longer fits the content (an item or step that is gone).
      #expect(run.status == 0 || run.status == 1, "\(path): \(run.errors)")
      let lines = run.output.split(separator: "\n")
      #expect(lines.count == rows.count, "\(path)")
      for line in lines {
        let object = try #require(
          JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["pack"] as? String == pack)
        all.append(
          Verdict(
            score: try #require(object["score"] as? Double),
            max: try #require(object["max"] as? Double)))
      }
      let expected = kind == "good" ? "good" : "bad"
      #expect(rows.allSatisfy { $0.hasSuffix("\t" + expected) }, "\(path) labels")
    }
    return all
  }

  @Test func thereAreAtLeastSixHundredAnswersAcrossEveryPack() throws {
    let count = try ["good", "bad", "gamed"].map { try verdicts(kind: $0).count }.reduce(0, +)
    #expect(count >= 600)
  }

  @Test func goodAnswersMostlyEarnHalfThePointsOrMore() throws {
    let good = try verdicts(kind: "good")
    let half = good.filter { $0.score >= $0.max / 2 }.count
    let full = good.filter { $0.score >= $0.max }.count
    #expect(Double(half) >= 0.85 * Double(good.count), "\(half) of \(good.count) at half or more")
    #expect(Double(full) >= 0.70 * Double(good.count), "\(full) of \(good.count) full")
  }

  @Test func badAnswersRarelyEarnAnyPoints() throws {
    let bad = try verdicts(kind: "bad")
    let some = bad.filter { $0.score > 0 }.count
    #expect(Double(some) <= 0.10 * Double(bad.count), "\(some) of \(bad.count) earned points")
  }
}
