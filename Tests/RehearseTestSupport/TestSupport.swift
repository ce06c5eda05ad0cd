import Foundation

/// Paths the tests share: the package, its fixtures, its bundled content, the built binary.
public enum TestPaths {
  /// The package root, found from this file's path so tests run from any directory.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/Fixtures/NAME`.
  public static func fixture(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
  }

  /// The bundled content.
  public static var content: URL { packageRoot.appendingPathComponent("content") }

  /// The `rehearse` executable built beside the test bundle (`swift build` builds it; the
  /// README's test command does that first).
  public static var binary: URL {
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [
      besideTests, besideTests.deletingLastPathComponent(),
      packageRoot.appendingPathComponent(".build/debug"),
    ] {
      let candidate = folder.appendingPathComponent("rehearse")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return packageRoot.appendingPathComponent(".build/debug/rehearse")
  }
}
