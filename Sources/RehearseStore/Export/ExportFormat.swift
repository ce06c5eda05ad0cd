import Foundation
import RehearseLocalization

/// The formats team leads export attempts in.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// For spreadsheets: UTF-8 with a byte-order mark and CRLF, which Excel opens correctly.
  case csv
  /// Every field, for scripts.
  case json
  /// xAPI 1.0.3 statements, for a learning record store.
  case xapi
}

/// One export's choices beside its format.
public struct ExportSettings: Sendable {
  public var format: ExportFormat
  /// CSV only: one row per trainee and pack instead of one per answer.
  public var summary: Bool
  /// xAPI only: the organisation's home page, which names trainees' accounts.
  public var homePage: String?

  public init(format: ExportFormat, summary: Bool = false, homePage: String? = nil) {
    self.format = format
    self.summary = summary
    self.homePage = homePage
  }

  /// Reads the attempts that `filter` matches from `store`, writing each as it comes, and
  /// returns how many there were; `progress` hears the count read so far every so often.
  /// CSV headers are in the user's language.
  public func export(
    from store: any ScoreStore, matching filter: AttemptFilter, localize: Localizer,
    to out: ExportWriter, progress: (Int) -> Void = { _ in }
  ) throws -> Int {
    var count = 0
    let each: ((Attempt) throws -> Void) throws -> Void = { body in
      try store.forEachAttempt(matching: filter) { attempt in
        try body(attempt)
        count += 1
        if count % 4096 == 0 { progress(count) }
      }
    }
    try write(each, localize: localize, to: out)
    try out.flush()
    progress(count)
    return count
  }

  /// The export of `attempts`, all in memory: for tests and small renders.
  public func render(_ attempts: [Attempt], localize: Localizer) throws -> Data {
    let (writer, bytes) = ExportWriter.collecting()
    try write({ body in try attempts.forEach(body) }, localize: localize, to: writer)
    try writer.flush()
    return Data(bytes())
  }

  private func write(
    _ each: ((Attempt) throws -> Void) throws -> Void, localize: Localizer, to out: ExportWriter
  ) throws {
    switch format {
    case .csv where summary:
      var summary = TraineePackSummary()
      try each { summary.add($0) }
      try summary.write(to: out, localize: localize)
    case .csv:
      let csv = CSVExport(localize: localize, out: out)
      try csv.begin()
      try each(csv.write)
    case .json:
      var json = JSONExport(out: out)
      try json.begin()
      try each { try json.write($0) }
      try json.end()
    case .xapi:
      var xapi = XAPIExport(homePage: homePage ?? XAPIExport.base, out: out)
      try xapi.begin()
      try each { try xapi.write($0) }
      try xapi.end()
    }
  }
}

extension ExportFormat {
  /// The export of `attempts` in this format with no other choices; CSV headers are in the
  /// user's language.
  public func render(_ attempts: [Attempt], localize: Localizer) throws -> Data {
    try ExportSettings(format: self).render(attempts, localize: localize)
  }
}
