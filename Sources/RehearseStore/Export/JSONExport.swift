import Foundation

/// Attempts as a JSON array with every field, dates in ISO 8601.
enum JSONExport {
  static func render(_ attempts: [Attempt]) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return try encoder.encode(attempts) + Data("\n".utf8)
  }
}
