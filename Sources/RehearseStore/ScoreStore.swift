import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// Where scored answers are kept: one SQLite database, shared safely by several trainees.
///
/// Each answer is committed in its own transaction the moment it is scored, so a killed
/// process or a power cut loses at most the answer being typed.
public final class ScoreStore: Sendable {
  private let writer: any DatabaseWriter

  /// A store over any GRDB writer; tests pass an in-memory `DatabaseQueue`.
  public init(writer: any DatabaseWriter) throws {
    self.writer = writer
    try StoreMigrations.migrator.migrate(writer)
  }

  /// Opens (creating if needed) the database file at `path`, in WAL mode so that readers and
  /// one writer at a time from several processes do not block each other.
  public static func open(path: String) throws -> ScoreStore {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    var configuration = Configuration()
    // Another trainee's write holds the lock for milliseconds; wait rather than fail.
    configuration.busyMode = .timeout(10)
    // Two shells starting at once on a new file would both switch it to WAL and both create
    // the schema, and one would fail. An exclusive flock on the database's folder makes opening
    // and migrating one at a time. Not on the file itself: closing any descriptor of the file
    // would drop the POSIX locks SQLite holds on it in this process.
    let lock = Glibc.open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
    if lock >= 0 { flock(lock, LOCK_EX) }
    defer {
      if lock >= 0 {
        flock(lock, LOCK_UN)
        close(lock)
      }
    }
    return try ScoreStore(writer: DatabasePool(path: path, configuration: configuration))
  }

  /// A store that lives in memory only, for tests and for sessions that keep nothing.
  public static func inMemory() throws -> ScoreStore {
    try ScoreStore(writer: DatabaseQueue())
  }

  /// Commits one attempt and returns it with its id.
  @discardableResult
  public func record(_ attempt: Attempt) throws -> Attempt {
    try writer.write { db in
      var attempt = attempt
      try attempt.insert(db)
      return attempt
    }
  }

  /// The attempts that match `filter`, oldest first.
  public func attempts(matching filter: AttemptFilter = AttemptFilter()) throws -> [Attempt] {
    try writer.read { db in
      try filter.apply(to: Attempt.all())
        .order(Attempt.Columns.answeredAt, Attempt.Columns.id)
        .fetchAll(db)
    }
  }

  /// How many attempts match `filter`.
  public func count(matching filter: AttemptFilter = AttemptFilter()) throws -> Int {
    try writer.read { db in try filter.apply(to: Attempt.all()).fetchCount(db) }
  }
}
