import Foundation
import RehearseLocalization

/// Attempts as CSV (RFC 4180) that Excel opens as UTF-8 and a person can read: a byte-order
/// mark, CRLF line ends, local times it recognises, cells that cannot be read as formulas, one
/// row per answer with the question's text, the choices, the right answer and what was met,
/// missed and said that is forbidden, written row by row as the store reads them.
struct CSVExport {
  let localize: Localizer
  let out: ExportWriter

  static let headers: [MessageKey] = [
    .exportAnsweredAt, .exportTrainee, .exportTeam, .exportPack, .exportPackVersion, .exportKind,
    .exportItem, .exportItemTitle, .exportStep, .exportPrompt, .exportChoices, .exportRightAnswer,
    .exportAnswer, .exportScore, .exportMaxScore, .exportPassed, .exportElementsMet,
    .exportElementsMissed, .exportForbiddenSaid, .exportResponseTime, .exportFeedback,
    .exportRun, .exportSession,
  ]

  /// The byte-order mark and the header row.
  func begin() throws {
    try out.append(0xEF)
    try out.append(0xBB)
    try out.append(0xBF)
    try Self.row(Self.headers.map { localize($0) }, to: out)
  }

  /// One attempt's row.
  func write(_ attempt: Attempt) throws {
    try LocalTimeText.append(attempt.answeredAt, to: out)
    let kind =
      attempt.kind == .question ? localize(.exportKindQuestion) : localize(.exportKindDialogue)
    let cells: [String] = [
      attempt.trainee, attempt.team ?? "", attempt.pack, attempt.packVersion ?? "", kind,
      attempt.item, attempt.itemTitle ?? "", attempt.step.map(String.init) ?? "", attempt.prompt,
      attempt.choices?.joined(separator: "\n") ?? "", attempt.rightAnswer ?? "", attempt.answer,
      Self.number(attempt.score), Self.number(attempt.maxScore),
      attempt.passed ? localize(.exportYes) : localize(.exportNo),
      attempt.elementsMet?.joined(separator: ", ") ?? "",
      attempt.elementsMissed?.joined(separator: ", ") ?? "",
      attempt.forbiddenSaid?.joined(separator: ", ") ?? "",
      attempt.responseTimeMs.map { Self.number((Double($0) / 100).rounded() / 10) } ?? "",
      PlainFeedback.sentences(attempt.feedback), attempt.run?.uuidString ?? "",
      attempt.session.uuidString,
    ]
    for cell in cells {
      try out.append(0x2C)
      try CSVCell.append(cell, to: out)
    }
    try out.append(0x0D)
    try out.append(0x0A)
  }

  /// A row of cells and its CRLF.
  static func row(_ cells: [String], to out: ExportWriter) throws {
    for (index, cell) in cells.enumerated() {
      if index > 0 { try out.append(0x2C) }
      try CSVCell.append(cell, to: out)
    }
    try out.append(0x0D)
    try out.append(0x0A)
  }

  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let hundredths = (value * 100).rounded() / 100
    return String(hundredths)
  }
}

/// Feedback as plain sentences: the shell's feedback carries underline art (`^^^`, `~~~`)
/// under the words it points at and spaces where the terminal wrapped; a spreadsheet wants
/// neither.
enum PlainFeedback {
  static func sentences(_ feedback: String) -> String {
    // Most feedback has neither: one pass over its bytes says so and it is kept as it is.
    guard feedback.utf8.contains(where: Self.mayNeedWork) || feedback.contains("  ") else {
      return feedback
    }
    let art: Set<Character> = ["^", "~", "─", "━", "‾", "_", "-", "=", "│"]
    let words = feedback.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
      .filter { !$0.allSatisfy(art.contains) }
    return words.joined(separator: " ")
  }

  /// Bytes that start art characters or wrapped whitespace.
  private static func mayNeedWork(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x5E, 0x7E, 0x5F, 0x09, 0x0A, 0xE2: true  // ^ ~ _ tab newline, and box drawing / ‾
    case 0x2D, 0x3D: true  // - =
    default: false
    }
  }
}
