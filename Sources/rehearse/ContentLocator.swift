import Foundation
import RehearseContent
import RehearseLocalization

/// Finds the content directory when the user did not name one.
enum ContentLocator {
  /// `--content`, then `REHEARSE_CONTENT`, then `./content`, then a `content` folder beside
  /// the executable or above it (so a freshly built binary finds the bundled packs).
  static func directory(option: String?, environment: [String: String]) -> String? {
    if let option { return option }
    if let variable = environment["REHEARSE_CONTENT"], !variable.isEmpty { return variable }
    let manager = FileManager.default
    if isDirectory("content", manager) { return "content" }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<5 {
      let candidate = folder.appendingPathComponent("content").path
      if isDirectory(candidate, manager) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  private static func isDirectory(_ path: String, _ manager: FileManager) -> Bool {
    var isDirectory: ObjCBool = false
    return manager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// The compiled copies of content under the user's cache directory (`validate` uses none).
  private static func compiledCache() -> CompiledContentCache? {
    CompiledContentCache.standardFolder(environment: ProcessInfo.processInfo.environment).map {
      CompiledContentCache(folder: $0, programIdentity: CompiledContentCache.executableIdentity())
    }
  }

  /// Loads the content, or prints why not and exits with the usage/content status.
  static func load(option: String?) throws -> ContentLibrary {
    let localize = Localizer.current
    guard
      let directory = directory(option: option, environment: ProcessInfo.processInfo.environment)
    else {
      throw CommandFailure(message: localize(.cliNoContent), status: .usageOrContent)
    }
    do throws(ContentError) {
      return try ContentDirectory.load(directory, cache: compiledCache())
    } catch {
      throw CommandFailure(
        message: error.diagnostics.map { $0.rendered(localize) }.joined(separator: "\n"),
        status: .usageOrContent)
    }
  }
}
