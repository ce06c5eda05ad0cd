import Foundation

/// Reads content files from disk: one folder per pack, every `.yaml` or `.yml` file in it.
public enum ContentDirectory {
  /// The content files under `path`, which is either a directory of pack folders or a single
  /// pack folder (one that holds YAML files itself).
  public static func files(at path: String) throws(ContentError) -> [ContentFile] {
    let manager = FileManager.default
    let root = displayRoot(path)
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw ContentError(diagnostics: [
        ContentDiagnostic(.notADirectory, at: SourceLocation(file: root, line: 1, column: 1))
      ])
    }
    var diagnostics: [ContentDiagnostic] = []
    var files: [ContentFile] = []
    let ownYAML = yamlFiles(in: root, manager: manager)
    if !ownYAML.isEmpty {
      // A single pack: the folder's own name is the pack id.
      let folder = URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent
      for name in ownYAML {
        read(join(root, name), folder: folder, into: &files, diagnostics: &diagnostics)
      }
    } else {
      for folder in list(root, diagnostics: &diagnostics) where !folder.hasPrefix(".") {
        let folderPath = join(root, folder)
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folderPath, isDirectory: &isFolder), isFolder.boolValue
        else { continue }
        let names = list(folderPath, diagnostics: &diagnostics)
        for name in names where isYAML(name) {
          read(join(folderPath, name), folder: folder, into: &files, diagnostics: &diagnostics)
        }
      }
    }
    guard diagnostics.isEmpty else { throw ContentError(diagnostics: diagnostics) }
    return files
  }

  /// Reads and validates the content under `path`; with a cache, content that loaded cleanly
  /// before is decoded from its compiled copy instead of parsed again.
  public static func load(
    _ path: String, cache: CompiledContentCache? = nil
  ) throws(ContentError) -> ContentLibrary {
    let files = try files(at: path)
    if let cache, !files.isEmpty, let library = cache.library(for: files) { return library }
    let library = try ContentLoader().load(
      files, emptyLocation: SourceLocation(file: displayRoot(path), line: 1, column: 1))
    cache?.keep(library, for: files)
    return library
  }

  /// The folder as diagnostics name it: as given, without a trailing slash.
  private static func displayRoot(_ path: String) -> String {
    path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
  }

  private static func yamlFiles(in folder: String, manager: FileManager) -> [String] {
    let names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter(isYAML).sorted()
  }

  private static func isYAML(_ name: String) -> Bool {
    (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasPrefix(".")
  }

  /// The names in a folder; one that cannot be listed is a problem at its path, not skipped.
  private static func list(_ folder: String, diagnostics: inout [ContentDiagnostic]) -> [String] {
    switch ContentFileReading.names(in: folder) {
    case .success(let names): return names
    case .failure(let problem):
      diagnostics.append(
        ContentDiagnostic(problem, at: SourceLocation(file: folder, line: 1, column: 1)))
      return []
    }
  }

  private static func join(_ folder: String, _ name: String) -> String {
    folder == "." ? name : folder + "/" + name
  }

  private static func read(
    _ path: String, folder: String, into files: inout [ContentFile],
    diagnostics: inout [ContentDiagnostic]
  ) {
    switch ContentFileReading.bytes(at: path, limit: ContentLoader.maximumFileSize) {
    case .success(let bytes):
      files.append(ContentFile(folder: folder, path: path, bytes: bytes))
    case .failure(let problem):
      diagnostics.append(
        ContentDiagnostic(problem, at: SourceLocation(file: path, line: 1, column: 1)))
    }
  }
}
