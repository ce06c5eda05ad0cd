import Foundation
import RehearseLocalization

/// Attempts as CSV (RFC 4180) that Excel opens as UTF-8: a byte-order mark, CRLF line ends,
/// local times it recognises, and cells that cannot be read as formulas.
struct CSVExport {
  let localize: Localizer

  func render(_ attempts: [Attempt]) -> Data {
    let headers: [MessageKey] = [
      .exportAnsweredAt, .exportTrainee, .exportTeam, .exportPack, .exportItem, .exportKind,
      .exportStep,
      .exportPrompt, .exportAnswer, .exportScore, .exportMaxScore, .exportPassed, .exportFeedback,
      .exportSession,
    ]
    var rows = [headers.map { localize($0) }]
    let dates = DateFormatter()
    dates.locale = Locale(identifier: "en_US_POSIX")
    dates.dateFormat = "yyyy-MM-dd HH:mm:ss"
    for attempt in attempts {
      rows.append([
        dates.string(from: attempt.answeredAt), attempt.trainee, attempt.team ?? "", attempt.pack,
        attempt.item,
        attempt.kind == .question ? localize(.exportKindQuestion) : localize(.exportKindDialogue),
        attempt.step.map(String.init) ?? "", attempt.prompt, attempt.answer,
        Self.number(attempt.score),
        Self.number(attempt.maxScore), attempt.passed ? localize(.exportYes) : localize(.exportNo),
        attempt.feedback, attempt.session.uuidString,
      ])
    }
    let text =
      rows.map { $0.map(Self.cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
  }

  /// Quotes a cell when it must be, and defuses text a spreadsheet would run as a formula.
  static func cell(_ value: String) -> String {
    var value = value
    if let first = value.first, "=+-@\t\r".contains(first), Double(value) == nil {
      value = "'" + value
    }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
