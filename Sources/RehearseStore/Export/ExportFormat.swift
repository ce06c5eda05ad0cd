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

  /// The export of `attempts` in this format; CSV headers are in the user's language.
  public func render(_ attempts: [Attempt], localize: Localizer) throws -> Data {
    switch self {
    case .csv: CSVExport(localize: localize).render(attempts)
    case .json: try JSONExport.render(attempts)
    case .xapi: try XAPIExport.render(attempts)
    }
  }
}
