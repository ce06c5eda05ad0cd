import RehearseContent
import RehearseTestSupport
import Testing

@Suite("Pack version")
struct PackVersionTests {
  func version(_ files: [ContentFile]) throws -> String? {
    try ContentLoader().load(files).packs.first?.version
  }

  func files(root: String, title: String = "甲") -> [ContentFile] {
    [
      ContentFile(
        folder: "alpha", path: "\(root)/alpha/pack.yaml",
        bytes: Array("pack:\n  id: alpha\n  title: \(title)\n  document: 《甲》\n".utf8))
    ]
  }

  @Test func theSameFilesGiveTheSameVersionWhereverTheyAre() throws {
    let here = try #require(try version(files(root: "/srv/content")))
    #expect(here.hasPrefix("fnv1a64:") && here.count == 24)
    #expect(try version(files(root: "content")) == here)
  }

  @Test func anyChangeToAFileChangesTheVersion() throws {
    #expect(try version(files(root: "c")) != version(files(root: "c", title: "乙")))
  }
}
