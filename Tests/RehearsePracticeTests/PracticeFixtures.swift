import RehearseContent
import RehearsePractice
import RehearseTestSupport

/// The fixture pack `alpha` with its matcher.
func alphaMatcher() throws -> PackMatcher {
  let library = try ContentDirectory.load(TestPaths.fixture("library").path)
  return PackMatcher(pack: library.pack(withID: "alpha")!)
}

extension PackMatcher {
  func question(_ id: String) -> Question {
    pack.questions.first { $0.id == id }!
  }
}
