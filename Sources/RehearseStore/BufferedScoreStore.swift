import Foundation

/// A score store that never loses an answer because its backend is busy, locked or away.
///
/// An attempt that cannot be written is kept, in memory and in the journal, and written (in
/// the order scored) at the next attempt, the next read or `flush`. The backend may even be
/// missing at first (a database locked at start-up): it is opened when it can be. What
/// happened is told once, as `StoreNotice`s, rather than as an error per answer.
public final class BufferedScoreStore: ScoreStore, @unchecked Sendable {
  /// Opens the backend; called until it succeeds.
  public typealias Opener = @Sendable () throws -> any ScoreStore

  private let opener: Opener
  private let describe: @Sendable (any Error) -> String
  private let journal: AttemptJournal?
  private let journalFolder: String?
  private let database: String
  private let lock = NSLock()
  private var backend: (any ScoreStore)?
  private var pending: [Attempt] = []
  private var journaled = 0
  private var notices: [StoreNotice] = []
  private var behind = false
  private var lastOpenError: (any Error)?

  /// A store over what `opener` opens; when `journalFolder` is given, kept attempts are also
  /// written there, and journals that ended processes left there for `database` are replayed.
  /// `describe` words a backend's error briefly for the trainee.
  public init(
    opener: @escaping Opener, database: String, journalFolder: String?,
    describe: @escaping @Sendable (any Error) -> String = { String(describing: $0) }
  ) {
    self.opener = opener
    self.describe = describe
    self.database = database
    self.journalFolder = journalFolder
    self.journal = journalFolder.map { AttemptJournal(folder: $0, database: database) }
    lock.withLock {
      if connectIfNeeded() == nil { behind = true }
    }
  }

  /// Why the backend could not be opened, while it is not.
  public var openError: (any Error)? { lock.withLock { backend == nil ? lastOpenError : nil } }

  /// Tries to write what is kept until none is left or `seconds` have passed, for the end of a
  /// session; then tells what happened, and where what is still kept waits for the next one.
  public func finish(waitingUpTo seconds: TimeInterval) -> [StoreNotice] {
    let end = Date().addingTimeInterval(seconds)
    while !flush(), Date() < end { usleep(200_000) }
    var told = takeNotices()
    let left = backlog
    if left > 0 { told.append(.leftForNextTime(count: left, journal: journalPath)) }
    return told
  }

  /// Answers kept that are not yet in the backend.
  public var backlog: Int { lock.withLock { pending.count } }

  /// Where kept answers are journaled, once one has been.
  public var journalPath: String? { lock.withLock { journaled > 0 ? journal?.path : nil } }

  /// What happened since the last call, for the shell to tell the trainee once.
  public func takeNotices() -> [StoreNotice] {
    lock.withLock {
      defer { notices = [] }
      return notices
    }
  }

  /// Writes `attempt` (after any kept before it) and returns it as stored; when it cannot be
  /// written it is kept, and returned without a row id.
  @discardableResult
  public func record(_ attempt: Attempt) throws -> Attempt {
    lock.withLock {
      pending.append(attempt)
      return writePending(includesNewAttempt: true) ?? attempt
    }
  }

  /// Tries to write every kept attempt now; true when none is left.
  @discardableResult
  public func flush() -> Bool {
    lock.withLock {
      writePending()
      return pending.isEmpty
    }
  }

  public func forEachAttempt(
    matching filter: AttemptFilter, _ body: (Attempt) throws -> Void
  ) throws {
    let (backend, kept) = try readable()
    try backend.forEachAttempt(matching: filter, body)
    // Kept attempts are the newest: after the stored ones.
    try kept.filter(filter.matches).forEach(body)
  }

  public func count(matching filter: AttemptFilter) throws -> Int {
    let (backend, kept) = try readable()
    return try backend.count(matching: filter) + kept.filter(filter.matches).count
  }

  /// The backend and the attempts still kept, after trying to write them.
  private func readable() throws -> (any ScoreStore, [Attempt]) {
    try lock.withLock {
      writePending()
      guard let backend = connectIfNeeded() else { throw lastOpenError ?? StoreUnavailable() }
      return (backend, pending)
    }
  }

  /// The backend, opening it (and replaying orphaned journals into it) if it is not yet;
  /// nil with a notice when it cannot be opened. Called with the lock held.
  private func connectIfNeeded() -> (any ScoreStore)? {
    if let backend { return backend }
    do {
      let opened = try opener()
      backend = opened
      if let journalFolder {
        let replayed = AttemptJournal.replayOrphans(
          in: journalFolder, database: database, into: opened)
        if replayed > 0 { notices.append(.replayed(count: replayed)) }
      }
      return opened
    } catch {
      lastOpenError = error
      if !behind { notices.append(.keptForLater(reason: describe(error))) }
      return nil
    }
  }

  /// Writes kept attempts in order until one fails; journals those still kept; returns the
  /// last one as stored when all were written. `includesNewAttempt`: the last one was just
  /// scored, not kept. Called with the lock held.
  @discardableResult
  private func writePending(includesNewAttempt: Bool = false) -> Attempt? {
    guard !pending.isEmpty else { return nil }
    let wasBehind = behind
    var written = 0
    var last: Attempt?
    if let backend = connectIfNeeded() {
      do {
        for attempt in pending {
          last = try backend.record(attempt)
          written += 1
        }
      } catch {
        if !behind { notices.append(.keptForLater(reason: describe(error))) }
      }
    }
    pending.removeFirst(written)
    journaled = max(0, journaled - written)
    if pending.isEmpty {
      journal?.clear()
      journaled = 0
      behind = false
      let kept = written - (includesNewAttempt ? 1 : 0)
      if wasBehind, kept > 0 { notices.append(.caughtUp(count: kept)) }
      return last
    }
    behind = true
    if let journal, journaled < pending.count {
      // The journal holds what it held plus these; attempts written since stay in it until it
      // is cleared, and replaying them later records nothing twice.
      if (try? journal.append(Array(pending[journaled...]))) != nil { journaled = pending.count }
    }
    return nil
  }
}

/// Something about the store the trainee should hear once.
public enum StoreNotice: Equatable, Sendable {
  /// Answers are being kept because the store cannot be written, for `reason`.
  case keptForLater(reason: String)
  /// The store can be written again: `count` kept answers are now in it.
  case caughtUp(count: Int)
  /// `count` answers left by an earlier session are now in the store.
  case replayed(count: Int)
  /// The session ends with `count` answers still kept: in `journal` for the next session, or
  /// lost when there was nowhere to journal them.
  case leftForNextTime(count: Int, journal: String?)
}

/// The store has not been opened yet.
public struct StoreUnavailable: Error {}
