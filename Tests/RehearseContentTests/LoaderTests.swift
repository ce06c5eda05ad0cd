import Foundation
import RehearseContent
import RehearseLocalization
import RehearseTestSupport
import Testing

@Suite("Content loader")
struct LoaderTests {
  @Test func fixtureLibraryLoadsEveryKind() throws {
    let library = try ContentDirectory.load(TestPaths.fixture("library").path)
    #expect(library.packs.map(\.id) == ["alpha", "beta"])
    let alpha = try #require(library.pack(withID: "alpha"))
    for kind in ItemKind.allCases {
      #expect(!alpha.items(of: kind).isEmpty, "alpha has no \(kind)")
    }
    #expect(alpha.rules[0].limits.first?.value == 1)
    #expect(alpha.rules[0].limits.first?.unit == .hours)
    #expect(alpha.phrases[0].elements == ["greeting", "self-introduction"])
    #expect(alpha.forbidden.map(\.severity) == [.banned, .banned, .discouraged])
    #expect(alpha.citation(for: alpha.rules[0]) == "《甲规范》第一条 第1款")
    // Ids are unique per pack, not across packs.
    #expect(library.items(withID: "arrive-on-time").count == 2)
  }

  @Test func orderQuestionTakesStepsFromItsProcedure() throws {
    let library = try ContentDirectory.load(TestPaths.fixture("library").path)
    let question = try #require(
      library.pack(withID: "alpha")?.item(withID: "q-install-order") as? Question)
    guard case .order(let items, let procedure) = question.form else {
      Issue.record("not an order question")
      return
    }
    #expect(items == ["受理", "预约", "安装"])
    #expect(procedure == "install")
  }

  @Test func answersAreDecodedAsIndices() throws {
    let library = try ContentDirectory.load(TestPaths.fixture("library").path)
    let pack = try #require(library.pack(withID: "alpha"))
    guard case .multiple(_, let answers) = (pack.item(withID: "q-banned") as? Question)?.form else {
      Issue.record("not multiple")
      return
    }
    #expect(answers == [0, 2])
    guard case .single(_, let answer) = (pack.item(withID: "q-badge") as? Question)?.form else {
      Issue.record("not single")
      return
    }
    #expect(answer == 1)
  }

  @Test func singlePackFolderCanBeNamedDirectly() throws {
    let library = try ContentDirectory.load(TestPaths.fixture("library/beta").path)
    #expect(library.packs.map(\.id) == ["beta"])
  }

  @Test func missingDirectoryIsAnError() {
    let error = #expect(throws: ContentError.self) {
      try ContentDirectory.load("/nonexistent/content")
    }
    #expect(
      error?.diagnostics.first?.rendered(Localizer(.english))
        == "/nonexistent/content:1:1: not a directory")
  }

  @Test func emptyDirectoryHasNoPacks() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-empty-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let error = #expect(throws: ContentError.self) { try ContentDirectory.load(directory.path) }
    #expect(error?.diagnostics.first?.problem == .noPacks)
  }

  @Test func bundledContentIsValid() throws {
    let library = try ContentDirectory.load(TestPaths.content.path)
    #expect(library.packs.count == 6)
    #expect(library.packs.filter(\.isBase).map(\.id) == ["common"])
  }
}
