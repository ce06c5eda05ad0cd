import Foundation

/// Which attempts a report or export covers; every field left nil matches everything.
///
/// Every backend applies it the same way (the shared store test suite checks that); `matches`
/// is the rule in code, for backends and tests that filter in memory.
public struct AttemptFilter: Sendable, Equatable {
  public var trainee: String?
  public var team: String?
  public var pack: String?
  /// Only questions, or only dialogue turns.
  public var kind: Attempt.Kind?
  /// Answered at or after this moment.
  public var since: Date?
  /// Answered before this moment.
  public var until: Date?

  public init(
    trainee: String? = nil, team: String? = nil, pack: String? = nil, kind: Attempt.Kind? = nil,
    since: Date? = nil, until: Date? = nil
  ) {
    self.trainee = trainee
    self.team = team
    self.pack = pack
    self.kind = kind
    self.since = since
    self.until = until
  }

  /// Whether `attempt` is one this filter covers.
  public func matches(_ attempt: Attempt) -> Bool {
    if let trainee, attempt.trainee != trainee { return false }
    if let team, attempt.team != team { return false }
    if let pack, attempt.pack != pack { return false }
    if let kind, attempt.kind != kind { return false }
    if let since, attempt.answeredAt < since { return false }
    if let until, attempt.answeredAt >= until { return false }
    return true
  }
}
