import Foundation
import GRDB

/// Which attempts a report or export covers; every field left nil matches everything.
public struct AttemptFilter: Sendable, Equatable {
  public var trainee: String?
  public var team: String?
  public var pack: String?
  /// Answered at or after this moment.
  public var since: Date?
  /// Answered before this moment.
  public var until: Date?

  public init(
    trainee: String? = nil, team: String? = nil, pack: String? = nil, since: Date? = nil,
    until: Date? = nil
  ) {
    self.trainee = trainee
    self.team = team
    self.pack = pack
    self.since = since
    self.until = until
  }

  func apply(to request: QueryInterfaceRequest<Attempt>) -> QueryInterfaceRequest<Attempt> {
    var request = request
    if let trainee { request = request.filter(Attempt.Columns.trainee == trainee) }
    if let team { request = request.filter(Attempt.Columns.team == team) }
    if let pack { request = request.filter(Attempt.Columns.pack == pack) }
    if let since { request = request.filter(Attempt.Columns.answeredAt >= since) }
    if let until { request = request.filter(Attempt.Columns.answeredAt < until) }
    return request
  }
}
