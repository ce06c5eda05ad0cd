/// A unit of time in which the standards state their limits.
public enum TimeUnit: String, CaseIterable, Sendable, Codable {
  case minutes
  case hours
  case days
  case weeks
  case months

  /// Minutes in one unit; months count as 30 days, which is only used to compare answers.
  public var minutes: Int {
    switch self {
    case .minutes: 1
    case .hours: 60
    case .days: 1_440
    case .weeks: 10_080
    case .months: 43_200
    }
  }
}

/// A time limit the standard sets, as a number with a unit, and what it applies to.
public struct TimeLimit: Sendable, Hashable, Codable {
  public var value: Int
  public var unit: TimeUnit
  /// What must happen within (or ahead of) this time, in the pack's language.
  public var subject: String
  public var location: SourceLocation

  public init(value: Int, unit: TimeUnit, subject: String, location: SourceLocation) {
    self.value = value
    self.unit = unit
    self.subject = subject
    self.location = location
  }
}
