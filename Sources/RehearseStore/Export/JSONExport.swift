import Foundation

/// Attempts as a JSON array with every field, dates in ISO 8601, one attempt a line, encoded
/// and written one at a time as the store reads them.
struct JSONExport {
  let out: ExportWriter
  private let encoder = JSONEncoder.forExport()
  private var written = 0

  init(out: ExportWriter) { self.out = out }

  func begin() throws { try out.append("[") }

  mutating func write(_ attempt: Attempt) throws {
    try out.append(written == 0 ? "\n" : ",\n")
    let data = try encoder.encode(attempt)
    try data.withUnsafeBytes { try out.append($0.bindMemory(to: UInt8.self)) }
    written += 1
  }

  func end() throws { try out.append(written == 0 ? "]\n" : "\n]\n") }
}
