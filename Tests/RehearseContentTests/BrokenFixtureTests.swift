import Foundation
import RehearseContent
import RehearseLocalization
import RehearseTestSupport
import Testing

/// Each broken fixture pack has one problem; validation must name it at the right place.
@Suite("Broken content fixtures")
struct BrokenFixtureTests {
  static let expectations: [(pack: String, line: String)] = [
    ("unknown-key", "rules.yaml:4:5: unknown key “txet”; did you mean “text”?"),
    (
      "duplicate-id", "rules.yaml:7:5: duplicate id “be-polite”; first used at {dir}/rules.yaml:2:5"
    ),
    ("bad-type", "dialogues.yaml:10:17: “points” must be a number, not text"),
    (
      "dangling-reference",
      "rules.yaml:3:12: “topic” refers to “manners”, which does not exist in this pack"
    ),
    (
      "syntax-error",
      "rules.yaml:6:1: YAML syntax error: while scanning a quoted scalar (4:11), found unexpected end of stream"
    ),
  ]

  @Test("each problem is reported at its path:line:column", arguments: expectations)
  func reportsPosition(pack: String, line: String) throws {
    let directory = TestPaths.fixture("broken/\(pack)").path
    let error = #expect(throws: ContentError.self) { try ContentDirectory.load(directory) }
    let rendered = error?.diagnostics.map { $0.rendered(Localizer(.english)) } ?? []
    #expect(rendered == ["\(directory)/" + line.replacingOccurrences(of: "{dir}", with: directory)])
  }

  @Test func problemsAreWordedInChinese() throws {
    let directory = TestPaths.fixture("broken/unknown-key").path
    let error = #expect(throws: ContentError.self) { try ContentDirectory.load(directory) }
    #expect(
      error?.diagnostics.first?.rendered(Localizer(.chinese))
        == "\(directory)/rules.yaml:4:5: 未知的键“txet”；您是不是想写“text”？")
  }

  @Test func allProblemsOfADirectoryAreReportedTogether() throws {
    let error = #expect(throws: ContentError.self) {
      try ContentDirectory.load(TestPaths.fixture("broken").path)
    }
    #expect(error?.diagnostics.count == Self.expectations.count)
    // Sorted by file, so the output is stable from run to run.
    let files = error?.diagnostics.map(\.location.file) ?? []
    #expect(files == files.sorted())
  }
}
