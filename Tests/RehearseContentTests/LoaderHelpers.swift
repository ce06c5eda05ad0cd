import RehearseContent
import RehearseLocalization

/// Loads one in-memory pack made of `files` (name → YAML text) in a folder named `folder`.
func load(_ files: [String: String], folder: String = "p") throws(ContentError) -> ContentLibrary {
  let contentFiles = files.map { name, text in
    ContentFile(folder: folder, path: "\(folder)/\(name)", bytes: Array(text.utf8))
  }
  return try ContentLoader().load(contentFiles)
}

/// The diagnostics of loading `files`, rendered in English, or [] if they load.
func problems(_ files: [String: String], folder: String = "p") -> [String] {
  problems(
    files.map {
      ContentFile(folder: folder, path: "\(folder)/\($0.key)", bytes: Array($0.value.utf8))
    })
}

func problems(_ files: [ContentFile]) -> [String] {
  do {
    _ = try ContentLoader().load(files)
    return []
  } catch {
    return error.diagnostics.map { $0.rendered(Localizer(.english)) }
  }
}

/// A valid pack declaration for in-memory packs named `p`.
let packYAML = """
  pack:
    id: p
    title: 测试
    document: 《测试》
    topics:
      - id: conduct
        title: 行为规范

  """
