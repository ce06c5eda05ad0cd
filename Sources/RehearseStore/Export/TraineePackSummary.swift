import Foundation
import RehearseLocalization

/// `export --summary`: one CSV row per trainee and pack, for a lead who wants the standing,
/// not every answer. Gathered as the store reads, in memory per trainee, pack and dialogue
/// run only, then written sorted by team, trainee and pack.
struct TraineePackSummary {
  /// One trainee's standing in one pack.
  struct Standing {
    var team: String?
    var questionsAnswered = 0
    var questionsRight = 0
    var forbiddenSaid = 0
    var lastPractised = Date.distantPast
    /// Each dialogue run's score and maximum so far.
    var dialogueRuns: [String: (score: Double, max: Double)] = [:]

    /// The best dialogue run, as its score and maximum.
    var bestDialogue: (score: Double, max: Double)? {
      dialogueRuns.values.max { $0.score / max($0.max, 1) < $1.score / max($1.max, 1) }
    }
  }

  struct Key: Hashable, Comparable {
    var trainee: String
    var pack: String
    static func < (lhs: Key, rhs: Key) -> Bool {
      (lhs.trainee, lhs.pack) < (rhs.trainee, rhs.pack)
    }
  }

  private(set) var standings: [Key: Standing] = [:]

  mutating func add(_ attempt: Attempt) {
    let key = Key(trainee: attempt.trainee, pack: attempt.pack)
    var standing = standings[key] ?? Standing()
    standing.team = attempt.team ?? standing.team
    standing.lastPractised = max(standing.lastPractised, attempt.answeredAt)
    standing.forbiddenSaid += attempt.forbiddenSaid?.count ?? 0
    switch attempt.kind {
    case .question:
      standing.questionsAnswered += 1
      if attempt.passed { standing.questionsRight += 1 }
    case .dialogue:
      // Attempts recorded before runs were kept count one run per session and dialogue.
      let run = attempt.run?.uuidString ?? "\(attempt.session.uuidString)/\(attempt.item)"
      let sofar = standing.dialogueRuns[run] ?? (0, 0)
      standing.dialogueRuns[run] = (sofar.score + attempt.score, sofar.max + attempt.maxScore)
    }
    standings[key] = standing
  }

  static let headers: [MessageKey] = [
    .exportTeam, .exportTrainee, .exportPack, .exportQuestionsAnswered, .exportQuestionsRight,
    .exportDialoguesPlayed, .exportDialogueBest, .exportForbiddenSaidCount, .exportLastPractised,
  ]

  /// The byte-order mark, the headers and one row per trainee and pack.
  func write(to out: ExportWriter, localize: Localizer) throws {
    try out.append(0xEF)
    try out.append(0xBB)
    try out.append(0xBF)
    try CSVExport.row(Self.headers.map { localize($0) }, to: out)
    let sorted = standings.sorted { ($0.value.team ?? "", $0.key) < ($1.value.team ?? "", $1.key) }
    for (key, standing) in sorted {
      let best = standing.bestDialogue.map {
        "\(CSVExport.number($0.score))/\(CSVExport.number($0.max))"
      }
      let (writer, bytes) = ExportWriter.collecting()
      try LocalTimeText.append(standing.lastPractised, to: writer)
      try writer.flush()
      try CSVExport.row(
        [
          standing.team ?? "", key.trainee, key.pack, String(standing.questionsAnswered),
          String(standing.questionsRight), String(standing.dialogueRuns.count), best ?? "",
          String(standing.forbiddenSaid), String(decoding: bytes(), as: UTF8.self),
        ], to: out)
    }
  }
}
