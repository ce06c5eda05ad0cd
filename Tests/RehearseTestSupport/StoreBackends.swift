import Foundation
import RehearseStore
import RehearseStoreSQLite

/// A way to make a fresh, empty score store: every backend the shared store suite runs on.
public struct StoreBackend: Sendable, CustomStringConvertible {
  public let name: String
  private let make: @Sendable () throws -> any ScoreStore

  public init(_ name: String, make: @escaping @Sendable () throws -> any ScoreStore) {
    self.name = name
    self.make = make
  }

  /// A new, empty store.
  public func makeStore() throws -> any ScoreStore { try make() }

  /// What Swift Testing shows for this argument.
  public var description: String { name }

  /// SQLite in memory: the fastest, for tests of the shell.
  public static let sqliteInMemory = StoreBackend("SQLite in memory") {
    try SQLiteScoreStore.inMemory()
  }

  /// SQLite on a new file in a new temporary folder, opened as the program opens it.
  public static let sqliteFile = StoreBackend("SQLite file") {
    try SQLiteScoreStore.open(
      path: TemporaryFolder.make().appendingPathComponent("scores.sqlite").path)
  }

  /// The shell's store: SQLite behind the buffer that keeps answers while it is locked.
  public static let bufferedSQLite = StoreBackend("buffered SQLite file") {
    let folder = try TemporaryFolder.make()
    let path = folder.appendingPathComponent("scores.sqlite").path
    return BufferedScoreStore(
      opener: { try SQLiteScoreStore.open(path: path) }, database: path,
      journalFolder: folder.appendingPathComponent("pending").path)
  }

  /// Every backend the shared suite must pass; a new backend is one more line here.
  public static let all: [StoreBackend] = [.sqliteInMemory, .sqliteFile, .bufferedSQLite]
}

/// An in-memory score store, for tests that need a store but not a particular backend.
public func makeInMemoryStore() throws -> any ScoreStore {
  try StoreBackend.sqliteInMemory.makeStore()
}

/// New temporary folders for tests.
public enum TemporaryFolder {
  /// A new, empty folder under the system's temporary directory.
  public static func make() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}
