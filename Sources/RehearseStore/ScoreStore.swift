import Foundation

/// Where scored answers are kept, whatever the backend: what the recorder, `scores`,
/// `review` and export need, and nothing about how it is stored.
///
/// A backend commits each attempt durably before `record` returns, so an answer reported as
/// recorded survives a killed process or a power cut. Recording is idempotent on
/// `Attempt.uuid`: an attempt sent twice (a journal replayed, a history synced) is kept once.
public protocol ScoreStore: AnyObject, Sendable {
  /// Commits one attempt and returns it with the backend's row id; an attempt whose `uuid` is
  /// already stored is not stored again (the stored one is returned).
  @discardableResult
  func record(_ attempt: Attempt) throws -> Attempt

  /// Hands each attempt that matches `filter` to `body`, oldest first (by answer time, then
  /// by the order recorded), reading as it goes so that memory stays flat whatever the count.
  /// An error thrown by `body` stops the reading and is rethrown.
  func forEachAttempt(
    matching filter: AttemptFilter, _ body: (Attempt) throws -> Void
  ) throws

  /// How many attempts match `filter`.
  func count(matching filter: AttemptFilter) throws -> Int
}

extension ScoreStore {
  /// The attempts that match `filter`, oldest first, all in memory: for small reads only;
  /// exports use `forEachAttempt`.
  public func attempts(matching filter: AttemptFilter = AttemptFilter()) throws -> [Attempt] {
    var attempts: [Attempt] = []
    try forEachAttempt(matching: filter) { attempts.append($0) }
    return attempts
  }

  /// How many attempts there are in all.
  public func count() throws -> Int { try count(matching: AttemptFilter()) }

  /// The latest attempt at each question or dialogue turn that matches `filter`: the one that
  /// decides whether it is mastered or due for review. The one home of that rule.
  public func latestAttempts(
    matching filter: AttemptFilter = AttemptFilter()
  ) throws -> [Attempt.Subject: Attempt] {
    var latest: [Attempt.Subject: Attempt] = [:]
    // Oldest first, so a later answer replaces an earlier one.
    try forEachAttempt(matching: filter) { latest[$0.subject] = $0 }
    return latest
  }
}
