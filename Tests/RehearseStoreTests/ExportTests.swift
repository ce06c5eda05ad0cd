import Foundation
import RehearseLocalization
import RehearseStore
import Testing

@Suite("Export")
struct ExportTests {
  let attempts = [
    sampleAttempt(),
    Attempt(
      session: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, trainee: "李强", team: nil,
      pack: "alpha",
      item: "book-visit", kind: .dialogue, step: 2, prompt: "喂，哪位？", answer: "=1+1, \"您好\"\n再见",
      score: 5,
      maxScore: 10, passed: false, feedback: "缺少：问候",
      answeredAt: Date(timeIntervalSince1970: 1_800_000_060)),
  ]

  @Test func csvOpensInExcelAsUTF8() throws {
    let data = try ExportFormat.csv.render(attempts, localize: Localizer(.english))
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    let lines = text.components(separatedBy: "\r\n")
    #expect(
      lines[0]
        == "Answered at,Trainee,Team,Pack,Pack version,Kind,Item,Question or dialogue,Turn,"
        + "Question or customer line,Choices,Right answer,Answer,Score,Out of,Passed,"
        + "Key points met,Key points missed,Forbidden phrases said,Response time (s),Feedback,Run,"
        + "Session")
    #expect(
      lines[1].hasSuffix(
        ",王芳,一班,alpha,,quiz,q-window,,,赴约时间前后不得超过多久？,,,1小时,10,10,yes,,,,,正确,,00000000-0000-0000-0000-000000000001"
      ))
    // Quoted because of the comma, quote and newline; defused because it starts with "=".
    #expect(text.contains(",\"'=1+1, \"\"您好\"\"\n再见\","))
    #expect(lines.last == "")
  }

  @Test func csvRowsCarryWhatACompleteAttemptKnows() throws {
    let attempt = completeAttempt()
    let data = try ExportFormat.csv.render([attempt], localize: Localizer(.english))
    let row = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")[1]
    #expect(row.contains(",李强,,alpha,sha256:0123abcd,dialogue,book-visit,预约上门,2,喂，哪位？,"))
    #expect(row.contains(",\"A 一小时\nB 两小时\",B. 两小时,"))
    // The NUL the answer carried is shown, never written raw.
    #expect(row.contains(",您好\u{2400}，我是装维,5,10,no,greet,\"name, time\",no-way,4.3,缺少：问候,"))
    #expect(row.hasSuffix(",\(attempt.run!.uuidString),\(attempt.session.uuidString)"))
  }

  @Test func csvCellsShowSteeringCharactersAndFeedbackIsPlainSentences() throws {
    var attempt = sampleAttempt()
    attempt.answer = "\u{1B}]0;owned\u{07}好\u{202E}"
    attempt.feedback = "缺少：问候    ^^^^  ~~~\n请先问好。"
    let data = try ExportFormat.csv.render([attempt], localize: Localizer(.english))
    let text = String(decoding: data, as: UTF8.self)
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
    #expect(text.contains(",␛]0;owned␇好<U+202E>,"))
    #expect(text.contains(",缺少：问候 请先问好。,"))
  }

  @Test func csvSummaryHasOneRowPerTraineeAndPack() throws {
    let run = UUID()
    var turns: [Attempt] = []
    for (step, score) in [(1, 4.0), (2, 6.0)] {
      var turn = completeAttempt(at: Date(timeIntervalSince1970: 1_800_000_000 + Double(step)))
      turn.run = run
      turn.step = step
      turn.score = score
      turns.append(turn)
    }
    var worse = completeAttempt(at: Date(timeIntervalSince1970: 1_800_100_000))
    worse.score = 1
    let answers = [
      sampleAttempt(), sampleAttempt(passed: false), sampleAttempt(trainee: "赵敏", team: "二班"),
    ]
    let data = try ExportSettings(format: .csv, summary: true).render(
      answers + turns + [worse], localize: Localizer(.english))
    let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    #expect(
      lines[0]
        == "Team,Trainee,Pack,Questions answered,Questions right,Dialogues played,"
        + "Best dialogue total,Forbidden phrases said,Last practised")
    #expect(lines.count == 5)
    #expect(lines[1].hasPrefix(",李强,alpha,0,0,2,10/20,3,"))
    #expect(lines[2].hasPrefix("一班,王芳,alpha,2,1,0,,0,"))
    #expect(lines[3].hasPrefix("二班,赵敏,alpha,1,1,0,,0,"))
  }

  @Test func csvHeadersFollowTheLanguage() throws {
    let data = try ExportFormat.csv.render(attempts, localize: Localizer(.chinese))
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("作答时间,学员,班组,内容包,内容包版本,类型,题目编号,"))
    #expect(text.contains(",测验,"))
    #expect(text.contains(",情景对话,book-visit,,2,"))
  }

  @Test func anExportIsHandedOnInBlocksAsItIsRead() throws {
    let store = ArrayStore(
      (0..<2_000).map { sampleAttempt(at: Date(timeIntervalSince1970: Double($0))) })
    for format in ExportFormat.allCases {
      var blocks = 0
      var largest = 0
      var total = 0
      let writer = ExportWriter(blockSize: 4096) { block in
        blocks += 1
        largest = max(largest, block.count)
        total += block.count
      }
      let count = try ExportSettings(format: format, homePage: "https://lms.example.com").export(
        from: store, matching: AttemptFilter(), localize: Localizer(.english), to: writer)
      #expect(count == 2_000)
      #expect(blocks > 10, "\(format)")
      // A block is at most the block size and one row or statement over it.
      #expect(largest < 8192, "\(format)")
      #expect(total > 2_000 * 50, "\(format)")
    }
  }

  @Test func jsonKeepsEveryField() throws {
    let data = try ExportFormat.json.render(attempts, localize: Localizer(.english))
    let decoded = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    #expect(decoded?.count == 2)
    #expect(decoded?[1]["answer"] as? String == "=1+1, \"您好\"\n再见")
    #expect(decoded?[1]["step"] as? Int == 2)
    #expect(decoded?[0]["answeredAt"] as? String == "2027-01-15T08:00:00Z")
  }

  @Test func xapiStatementsCarryActorVerbObjectAndResult() throws {
    let data = try ExportSettings(format: .xapi, homePage: "https://lms.example.com/").render(
      attempts, localize: Localizer(.english))
    let statements = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    // Two answers, then one completion for each run (here each session stands for its run).
    #expect(statements.count == 3)
    let second = statements[1]
    let actor = try #require(second["actor"] as? [String: Any])
    #expect(actor["name"] as? String == "李强")
    #expect(
      (actor["account"] as? [String: Any])?["homePage"] as? String == "https://lms.example.com")
    #expect(
      (second["verb"] as? [String: Any])?["id"] as? String
        == "http://adlnet.gov/expapi/verbs/answered")
    #expect(
      (second["object"] as? [String: Any])?["id"] as? String
        == "https://rehearse.invalid/packs/alpha/book-visit/turns/2")
    let result = try #require(second["result"] as? [String: Any])
    #expect(result["success"] as? Bool == false)
    #expect((result["score"] as? [String: Any])?["scaled"] as? Double == 0.5)
    #expect(second["id"] as? String == attempts[1].uuid.uuidString)
    #expect(
      (second["context"] as? [String: Any])?["registration"] as? String
        == "00000000-0000-0000-0000-000000000001")
    #expect(second["timestamp"] as? String == "2027-01-15T08:01:00Z")
  }

  @Test func xapiCompletesEachRunWithItsOwnRegistration() throws {
    let run = UUID()
    var turns: [Attempt] = []
    for (step, passed) in [(1, true), (2, false)] {
      var turn = completeAttempt(at: Date(timeIntervalSince1970: 1_800_000_000 + Double(step) * 30))
      turn.run = run
      turn.step = step
      turn.passed = passed
      turns.append(turn)
    }
    var other = completeAttempt()
    other.passed = true
    let data = try ExportSettings(format: .xapi, homePage: "https://lms.example.com").render(
      turns + [other], localize: Localizer(.english))
    let statements = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(statements.count == 5)
    let completions = statements.filter {
      ($0["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/completed"
    }
    #expect(completions.count == 2)
    let first = try #require(completions.first)
    #expect((first["context"] as? [String: Any])?["registration"] as? String == run.uuidString)
    let result = try #require(first["result"] as? [String: Any])
    #expect(result["success"] as? Bool == false)
    #expect(result["completion"] as? Bool == true)
    #expect(result["duration"] as? String == "PT30S")
    #expect((result["score"] as? [String: Any])?["raw"] as? Double == 10)
    #expect((completions[1]["result"] as? [String: Any])?["success"] as? Bool == true)
    #expect(
      ((statements[0]["result"] as? [String: Any])?["duration"] as? String) == "PT4.25S")
    let ids = statements.compactMap { $0["id"] as? String }
    #expect(Set(ids).count == 5)
    // The same run exported again gives the same completion id.
    let again = try ExportSettings(format: .xapi, homePage: "https://lms.example.com").render(
      turns, localize: Localizer(.english))
    #expect(String(decoding: again, as: UTF8.self).contains(first["id"] as! String))
  }
}

/// A store in memory, for export tests that need no database.
final class ArrayStore: ScoreStore, @unchecked Sendable {
  let all: [Attempt]
  init(_ all: [Attempt]) { self.all = all }
  func record(_ attempt: Attempt) throws -> Attempt { attempt }
  func forEachAttempt(matching filter: AttemptFilter, _ body: (Attempt) throws -> Void) throws {
    for attempt in all where filter.matches(attempt) { try body(attempt) }
  }
  func count(matching filter: AttemptFilter) throws -> Int { all.filter(filter.matches).count }
}
