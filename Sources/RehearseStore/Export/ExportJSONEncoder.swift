import Foundation

extension JSONEncoder {
  /// The encoder both JSON exports use: keys sorted so rows diff cleanly, slashes left as they
  /// are (URLs read as URLs), dates in ISO 8601 as xAPI and spreadsheets expect.
  static func forExport() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }
}
