import Foundation
import RehearseTestSupport
import Testing

@testable import RehearseContent

@Suite("Compiled content cache")
struct CompiledContentCacheTests {
  /// A fresh cache folder and a copy of the fixture library that the test may edit.
  private func setUp() throws -> (cache: CompiledContentCache, content: String) {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-cache-\(UUID())")
    let content = base.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: TestPaths.fixture("library"), to: content)
    let cache = CompiledContentCache(
      folder: base.appendingPathComponent("cache").path, programIdentity: "test")
    return (cache, content.path)
  }

  private func summary(_ library: ContentLibrary) -> [String] {
    library.packs.map { pack in
      "\(pack.id) \(pack.version ?? "") "
        + ItemKind.allCases.map { "\(pack.items(of: $0).map(\.id))" }.joined()
    }
  }

  @Test func aSecondLoadIsDecodedFromTheCopyAndMeansTheSame() throws {
    let (cache, content) = try setUp()
    let parsed = try ContentDirectory.load(content, cache: cache)
    let files = try ContentDirectory.files(at: content)
    let copy = try #require(cache.library(for: files))
    #expect(summary(copy) == summary(parsed))
    #expect(summary(try ContentDirectory.load(content, cache: cache)) == summary(parsed))
  }

  @Test func anEditedFileIsParsedAgain() throws {
    let (cache, content) = try setUp()
    _ = try ContentDirectory.load(content, cache: cache)
    let files = try ContentDirectory.files(at: content)
    var edited = files
    edited[0].bytes += Array("\n# edited\n".utf8)
    #expect(cache.library(for: edited) == nil)
    #expect(
      CompiledContentCache(folder: cache.folder, programIdentity: "other build")
        .library(for: files) == nil)
  }

  @Test func aDamagedCopyIsIgnoredAndRewritten() throws {
    let (cache, content) = try setUp()
    let parsed = try ContentDirectory.load(content, cache: cache)
    let files = try ContentDirectory.files(at: content)
    try Data("{not json".utf8).write(to: URL(fileURLWithPath: cache.path(for: files)))
    #expect(cache.library(for: files) == nil)
    #expect(summary(try ContentDirectory.load(content, cache: cache)) == summary(parsed))
    #expect(cache.library(for: files) != nil)
  }

  @Test func contentWithProblemsIsNeverKept() throws {
    let (cache, content) = try setUp()
    let broken = URL(fileURLWithPath: content).appendingPathComponent("alpha/broken.yaml")
    try Data("rules: [\n".utf8).write(to: broken)
    #expect(throws: ContentError.self) { try ContentDirectory.load(content, cache: cache) }
    let kept = (try? FileManager.default.contentsOfDirectory(atPath: cache.folder)) ?? []
    #expect(kept.isEmpty)
  }
}
