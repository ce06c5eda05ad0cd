import Foundation

/// A compiled copy of content that loaded without a problem, kept under the user's cache
/// directory, so that a start-up with unchanged content decodes one file instead of parsing
/// every pack's YAML (which was nearly all of the shell's start-up time).
///
/// The copy is named by a hash of the program's identity and of every file's path, length and
/// bytes: any edit, added or removed file, or new build of the program names another copy, so a
/// stale one is never read. A copy that cannot be read or decoded is ignored and rewritten.
/// `validate` never uses it.
public struct CompiledContentCache: Sendable {
  /// The folder the copies are kept in.
  public let folder: String
  /// What changes when the program's model of content may have changed (its build).
  public let programIdentity: String

  public init(folder: String, programIdentity: String) {
    self.folder = folder
    self.programIdentity = programIdentity
  }

  /// `$XDG_CACHE_HOME/rehearse/content`, else `~/.cache/rehearse/content`; nil without either.
  public static func standardFolder(environment: [String: String]) -> String? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return cache + "/rehearse/content"
    }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/rehearse/content" }
    return nil
  }

  /// The identity of the running executable: its path, size and modification time.
  public static func executableIdentity() -> String {
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(path)\u{0}\(size)\u{0}\(modified)"
  }

  /// The library compiled from exactly these files, if a copy is kept.
  func library(for files: [ContentFile]) -> ContentLibrary? {
    guard let data = FileManager.default.contents(atPath: path(for: files)) else { return nil }
    return try? JSONDecoder().decode(ContentLibrary.self, from: data)
  }

  /// Keeps `library` as the compiled form of `files`; a failure only costs the next start-up.
  func keep(_ library: ContentLibrary, for files: [ContentFile]) {
    guard let data = try? JSONEncoder().encode(library) else { return }
    let manager = FileManager.default
    try? manager.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    // Written beside the final name and renamed, so a reader never sees half a copy.
    let final = path(for: files)
    let partial = final + ".\(ProcessInfo.processInfo.processIdentifier).partial"
    guard
      manager.createFile(atPath: partial, contents: data, attributes: [.posixPermissions: 0o600])
    else { return }
    if rename(partial, final) != 0 { try? manager.removeItem(atPath: partial) }
  }

  /// Where the copy for `files` is kept.
  func path(for files: [ContentFile]) -> String {
    folder + "/" + Self.key(identity: programIdentity, files: files) + ".json"
  }

  /// Two FNV-1a 64-bit hashes with different offsets over the identity and every file, in path
  /// order: 128 bits, so two different contents do not share a copy.
  static func key(identity: String, files: [ContentFile]) -> String {
    var first: UInt64 = 0xCBF2_9CE4_8422_2325
    var second: UInt64 = 0x8422_2325_CBF2_9CE4
    func mix(_ byte: UInt8) {
      first = (first ^ UInt64(byte)) &* 0x0100_0000_01B3
      second = (second ^ UInt64(byte ^ 0x5A)) &* 0x0100_0000_01B3
    }
    func mix(count: Int) {
      withUnsafeBytes(of: UInt64(count).littleEndian) { $0.forEach(mix) }
    }
    mix(count: identity.utf8.count)
    identity.utf8.forEach(mix)
    for file in files.sorted(by: { $0.path < $1.path }) {
      // Lengths before contents, so that bytes moved between a name and a file, or between two
      // files, change the key.
      mix(count: file.path.utf8.count)
      file.path.utf8.forEach(mix)
      mix(count: file.folder.utf8.count)
      file.folder.utf8.forEach(mix)
      mix(count: file.bytes.count)
      file.bytes.forEach(mix)
    }
    return [first, second].map { String($0, radix: 16) }.map {
      String(repeating: "0", count: 16 - $0.count) + $0
    }.joined()
  }
}
