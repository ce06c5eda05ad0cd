import Foundation
import RehearseStore
import RehearseStoreSQLite
import RehearseTestSupport
import Testing

/// What only the SQLite backend does: files, migrations, several processes.
@Suite("SQLite score store")
struct SQLiteStoreTests {
  @Test func aDatabaseFileIsMigratedOnceAndReopened() throws {
    let path = try TemporaryFolder.make().appendingPathComponent("scores.sqlite").path
    do {
      let store = try SQLiteScoreStore.open(path: path)
      try store.record(sampleAttempt())
    }
    let reopened = try SQLiteScoreStore.open(path: path)
    #expect(try reopened.count() == 1)
  }

  @Test func aDatabaseOfTheFirstSchemaUpgradesInPlaceAndLosesNothing() throws {
    // Made by the program before the second migration: two quiz answers by 王芳.
    let path = try TemporaryFolder.make().appendingPathComponent("scores.sqlite").path
    try FileManager.default.copyItem(
      atPath: TestPaths.fixture("databases/v1-attempts.sqlite").path, toPath: path)
    let store = try SQLiteScoreStore.open(path: path)
    let old = try store.attempts()
    #expect(old.map(\.item) == ["q-arrive-early", "q-reschedule-notice"])
    #expect(old.map(\.answer) == ["2小时", "1"])
    #expect(old.allSatisfy { $0.trainee == "王芳" && $0.team == "一班" && $0.kind == .question })
    #expect(old.allSatisfy { $0.run == nil && $0.review == nil && $0.itemTitle == nil })
    #expect(Set(old.map(\.uuid)).count == 2)
    // New attempts carry the new fields beside the old ones.
    let new = try store.record(completeAttempt())
    #expect(try store.attempts().last == new)
  }

  @Test func aNewFileAndItsFolderAreOwnerOnly() throws {
    let folder = try TemporaryFolder.make().appendingPathComponent("rehearse")
    let path = folder.appendingPathComponent("scores.sqlite").path
    let store = try SQLiteScoreStore.open(path: path)
    try store.record(sampleAttempt())
    let files = FileManager.default
    func mode(_ path: String) throws -> Int {
      (try files.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
    #expect(try mode(folder.path) == 0o700)
    for suffix in ["", "-wal", "-shm"] where files.fileExists(atPath: path + suffix) {
      #expect(try mode(path + suffix) == 0o600, "\(suffix)")
    }
    #expect(files.fileExists(atPath: path + "-wal"))
  }

  @Test func severalWritersOnOneFileLoseNothing() async throws {
    let path = try TemporaryFolder.make().appendingPathComponent("scores.sqlite").path
    _ = try SQLiteScoreStore.open(path: path)
    // Four "trainees", each with their own connection pool, as separate processes would have.
    try await withThrowingTaskGroup(of: Void.self) { group in
      for trainee in 0..<4 {
        group.addTask {
          let store = try SQLiteScoreStore.open(path: path)
          for question in 0..<25 {
            try store.record(sampleAttempt(trainee: "学员\(trainee)", item: "q-\(question)"))
          }
        }
      }
      try await group.waitForAll()
    }
    let store = try SQLiteScoreStore.open(path: path)
    #expect(try store.count() == 100)
    #expect(try store.count(matching: AttemptFilter(trainee: "学员3")) == 25)
  }
}
