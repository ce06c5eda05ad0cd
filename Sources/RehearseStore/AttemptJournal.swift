import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file of attempts not yet in the store, so that they outlive the process that scored them.
///
/// One file per process (`pending-UUID.jsonl` in the journal folder), locked with `flock` for
/// as long as the process lives: a file nobody holds belongs to a process that ended before it
/// could write its answers, and the next process to reach the same database replays it. The
/// first line names the database; each other line is one attempt as JSON, synced before the
/// answer is reported as kept.
public final class AttemptJournal: @unchecked Sendable {
  /// The file, made on the first attempt kept.
  public let path: String
  private let database: String
  private var descriptor: Int32 = -1

  /// A journal in `folder` (made owner-only if needed) for the database named `database`.
  public init(folder: String, database: String) {
    self.path = folder + "/pending-\(UUID().uuidString).jsonl"
    self.database = Self.identity(of: database)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  struct Header: Codable {
    var database: String
  }

  /// Adds `attempt`, durably; throws if it cannot be written.
  public func append(_ attempts: [Attempt]) throws {
    if descriptor < 0 { try create() }
    var lines = Data()
    for attempt in attempts {
      lines += try JSONEncoder().encode(attempt)
      lines.append(0x0A)
    }
    try Self.writeAll(descriptor, lines)
    guard fsync(descriptor) == 0 else { throw POSIXError(errno) }
  }

  /// Removes the file: every attempt in it is in the store.
  public func clear() {
    guard descriptor >= 0 else { return }
    unlink(path)
    close(descriptor)
    descriptor = -1
  }

  private func create() throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let opened = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
    guard opened >= 0 else { throw POSIXError(errno) }
    // Held until the process ends, so that no other process takes these attempts for orphans.
    flock(opened, LOCK_EX)
    descriptor = opened
    var header = try JSONEncoder().encode(Header(database: database))
    header.append(0x0A)
    try Self.writeAll(descriptor, header)
  }

  /// Records into `store` the attempts of every journal in `folder` for `database` that no
  /// live process holds, and removes each journal whose attempts are all in; returns how many
  /// attempts it recorded (attempts already there are not recorded twice).
  public static func replayOrphans(
    in folder: String, database: String, into store: any ScoreStore
  ) -> Int {
    let database = identity(of: database)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return 0
    }
    var replayed = 0
    for name in names.sorted() where name.hasPrefix("pending-") && name.hasSuffix(".jsonl") {
      let path = folder + "/" + name
      let opened = open(path, O_RDONLY | O_CLOEXEC)
      guard opened >= 0 else { continue }
      defer { close(opened) }
      guard flock(opened, LOCK_EX | LOCK_NB) == 0 else { continue }
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      let lines = data.split(separator: 0x0A)
      guard let first = lines.first,
        let header = try? JSONDecoder().decode(Header.self, from: Data(first)),
        header.database == database
      else { continue }
      var complete = true
      for line in lines.dropFirst() {
        // A line cut short by a crash mid-write was never reported as kept.
        guard let attempt = try? JSONDecoder().decode(Attempt.self, from: Data(line)) else {
          continue
        }
        do {
          try store.record(attempt)
          replayed += 1
        } catch {
          complete = false
          break
        }
      }
      if complete { unlink(path) }
    }
    return replayed
  }

  /// The database's path made absolute, so that two spellings of one file match.
  static func identity(of database: String) -> String {
    URL(fileURLWithPath: database).standardizedFileURL.resolvingSymlinksInPath().path
  }

  private static func writeAll(_ descriptor: Int32, _ data: Data) throws {
    try data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw POSIXError(errno)
        }
        offset += written
      }
    }
  }
}

extension POSIXError {
  init(_ code: Int32) {
    self.init(POSIXErrorCode(rawValue: code) ?? .EIO)
  }
}
