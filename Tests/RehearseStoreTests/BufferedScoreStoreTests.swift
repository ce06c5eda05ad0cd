import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

/// A backend that refuses writes while `locked`, as a database held by another program does.
final class LockableStore: ScoreStore, @unchecked Sendable {
  let inner: any ScoreStore
  var locked = false
  struct Locked: Error {}

  init() throws { inner = try makeInMemoryStore() }

  func record(_ attempt: Attempt) throws -> Attempt {
    if locked { throw Locked() }
    return try inner.record(attempt)
  }

  func forEachAttempt(matching filter: AttemptFilter, _ body: (Attempt) throws -> Void) throws {
    try inner.forEachAttempt(matching: filter, body)
  }

  func count(matching filter: AttemptFilter) throws -> Int { try inner.count(matching: filter) }
}

@Suite("Buffered score store")
struct BufferedScoreStoreTests {
  @Test func answersKeptWhileLockedAreWrittenInOrderAndToldOnce() throws {
    let backend = try LockableStore()
    let journals = try TemporaryFolder.make().path
    let store = BufferedScoreStore(
      opener: { backend }, database: "/tmp/scores.sqlite", journalFolder: journals,
      describe: { _ in "locked" })
    try store.record(sampleAttempt(item: "q-1"))
    backend.locked = true
    for item in ["q-2", "q-3", "q-4"] { try store.record(sampleAttempt(item: item)) }
    #expect(store.backlog == 3)
    #expect(store.takeNotices() == [.keptForLater(reason: "locked")])
    // Reads see kept answers too.
    #expect(try store.count() == 4)
    #expect(try backend.inner.count() == 1)
    let journal = try #require(store.journalPath)
    #expect(FileManager.default.fileExists(atPath: journal))
    backend.locked = false
    try store.record(sampleAttempt(item: "q-5"))
    #expect(store.takeNotices() == [.caughtUp(count: 3)])
    #expect(try backend.inner.attempts().map(\.item) == ["q-1", "q-2", "q-3", "q-4", "q-5"])
    #expect(!FileManager.default.fileExists(atPath: journal))
  }

  @Test func aBackendThatCannotBeOpenedYetIsOpenedLater() throws {
    let backend = try LockableStore()
    let available = Flag()
    let store = BufferedScoreStore(
      opener: {
        guard available.value else { throw LockableStore.Locked() }
        return backend
      }, database: "/tmp/scores.sqlite", journalFolder: nil)
    #expect(store.openError != nil)
    try store.record(sampleAttempt())
    #expect(store.backlog == 1)
    available.value = true
    #expect(store.flush())
    #expect(try backend.inner.count() == 1)
    #expect(store.openError == nil)
  }

  @Test func aJournalLeftByAnEndedSessionIsReplayedOnce() throws {
    let journals = try TemporaryFolder.make().path
    let database = "/tmp/rehearse-\(UUID())/scores.sqlite"
    let backend = try LockableStore()
    backend.locked = true
    do {
      let first = BufferedScoreStore(
        opener: { backend }, database: database, journalFolder: journals)
      try first.record(sampleAttempt(item: "q-1"))
      try first.record(sampleAttempt(item: "q-2"))
      let told = first.finish(waitingUpTo: 0)
      #expect(told.last == .leftForNextTime(count: 2, journal: first.journalPath))
    }
    backend.locked = false
    // A journal for another database is left alone.
    let other = BufferedScoreStore(
      opener: { try makeInMemoryStore() }, database: "/tmp/other.sqlite", journalFolder: journals)
    #expect(other.takeNotices() == [])
    let next = BufferedScoreStore(opener: { backend }, database: database, journalFolder: journals)
    #expect(next.takeNotices() == [.replayed(count: 2)])
    #expect(try backend.inner.attempts().map(\.item) == ["q-1", "q-2"])
    let again = BufferedScoreStore(opener: { backend }, database: database, journalFolder: journals)
    #expect(again.takeNotices() == [])
    #expect(try backend.inner.count() == 2)
  }
}

/// A flag the opener reads.
final class Flag: @unchecked Sendable {
  var value = false
}
