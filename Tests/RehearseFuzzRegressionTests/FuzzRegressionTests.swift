import Foundation
import RehearseFuzzTargets
import RehearseTestSupport
import Testing

/// Replays every input the fuzzers found a fault with (Tests/Fixtures/fuzz/<target>/), so that
/// a fixed crash stays fixed without running a fuzzer. A crash here ends the test run, which
/// is the point: the input names the fault.
@Suite("Fuzzer findings replayed")
struct FuzzRegressionTests {
  static let cases: [(target: String, file: URL)] = {
    let root = TestPaths.fixture("fuzz")
    return FuzzTargets.all.flatMap { target in
      let folder = root.appendingPathComponent(target.name)
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return files.sorted().map { (target.name, folder.appendingPathComponent($0)) }
    }
  }()

  @Test func thereAreFindingsToReplay() {
    #expect(!Self.cases.isEmpty)
  }

  @Test func everyFindingRunsCleanly() throws {
    // The targets read the bundled content from here (the fuzz script runs in the package).
    setenv("REHEARSE_FUZZ_CONTENT", TestPaths.content.path, 1)
    for (target, file) in Self.cases {
      let run = try #require(FuzzTargets.all.first { $0.name == target }?.run)
      run(Array(try Data(contentsOf: file)))
    }
  }
}
