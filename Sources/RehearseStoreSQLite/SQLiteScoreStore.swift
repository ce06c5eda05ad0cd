import Foundation
import GRDB
import RehearseStore

#if canImport(Glibc)
  import Glibc
#endif

/// The score store in one SQLite database, shared safely by several trainees on one machine.
///
/// Each answer is committed in its own transaction the moment it is scored, in WAL mode with
/// `synchronous = FULL`, so an answer reported as recorded survives a killed process or a
/// power cut.
public final class SQLiteScoreStore: ScoreStore {
  private let writer: any DatabaseWriter

  /// A store over any GRDB writer (a `DatabaseQueue` in memory, a `DatabasePool` on a file);
  /// applies the migrations it lacks.
  public init(writer: any DatabaseWriter) throws {
    self.writer = writer
    // Migrating takes the write lock even when there is nothing to do; an up-to-date database
    // is opened with a read only, so that it can be read while another program holds the lock.
    // (On the writer's connection, outside a transaction: a pool's readers would keep the
    // schema they saw before a migration.)
    let migrator = StoreMigrations.migrator
    if try !writer.writeWithoutTransaction({ db in try migrator.hasCompletedMigrations(db) }) {
      try migrator.migrate(writer)
    }
  }

  /// Opens (creating if needed) the database file at `path`, in WAL mode so that readers and
  /// one writer at a time from several processes do not block each other.
  ///
  /// A new file and any folder made for it are owner-only (0600, 0700): they hold names and
  /// answers. SQLite gives the `-wal` and `-shm` files the database file's permissions.
  /// `busyTimeout` is how long a write waits for another process's lock before failing.
  public static func open(path: String, busyTimeout: TimeInterval = 10) throws -> SQLiteScoreStore {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    }
    var configuration = Configuration()
    // Another trainee's write holds the lock for milliseconds; wait rather than fail.
    configuration.busyMode = .timeout(busyTimeout)
    // WAL's default, NORMAL, may lose the last commits on a power cut; FULL syncs the log at
    // every commit, so "recorded" means on disk.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
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
    createOwnerOnly(path)
    return try SQLiteScoreStore(writer: DatabasePool(path: path, configuration: configuration))
  }

  /// Whether `error` is another connection's lock (busy or locked), which goes away by itself.
  public static func isBusy(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
  }

  /// An error in a few words for the trainee: SQLite's own message, without the statement.
  @Sendable public static func describe(_ error: any Error) -> String {
    (error as? DatabaseError)?.message ?? String(describing: error)
  }

  /// A store that lives in memory only, for tests and for sessions that keep nothing.
  public static func inMemory() throws -> SQLiteScoreStore {
    try SQLiteScoreStore(writer: DatabaseQueue())
  }

  /// Creates an empty file at `path` with mode 0600 unless something is there already; SQLite
  /// would otherwise create it with the process's umask (usually 0644).
  private static func createOwnerOnly(_ path: String) {
    let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 { close(descriptor) }
  }

  @discardableResult
  public func record(_ attempt: Attempt) throws -> Attempt {
    try writer.write { db in
      if let stored = try Row.fetchOne(
        db, sql: "SELECT * FROM attempt WHERE uuid = ?", arguments: [attempt.uuid])
      {
        return try AttemptRow.attempt(from: stored)
      }
      try db.execute(sql: AttemptRow.insertSQL, arguments: AttemptRow.arguments(for: attempt))
      var recorded = attempt
      recorded.id = db.lastInsertedRowID
      return recorded
    }
  }

  public func forEachAttempt(
    matching filter: AttemptFilter, _ body: (Attempt) throws -> Void
  ) throws {
    let condition = filter.sqlCondition
    try writer.read { db in
      let rows = try Row.fetchCursor(
        db, sql: "SELECT * FROM attempt" + condition.sql + " ORDER BY answeredAt, id",
        arguments: condition.arguments)
      while let row = try rows.next() {
        try body(try AttemptRow.attempt(from: row))
      }
    }
  }

  public func count(matching filter: AttemptFilter) throws -> Int {
    let condition = filter.sqlCondition
    return try writer.read { db in
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM attempt" + condition.sql, arguments: condition.arguments)
        ?? 0
    }
  }
}
