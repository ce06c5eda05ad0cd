import Foundation
import RehearseTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Scores through the built binary: recorded as answers are scored, exported for team leads,
/// never lost, shared by several trainees.
@Suite("Keeping and exporting scores")
struct ScoreKeepingTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "rehearse-scores-\(UUID())")
  var database: String { folder.appendingPathComponent("scores.sqlite").path }

  func practise(as trainee: String, team: String, answers: [String]) throws -> CommandRun {
    let script =
      (["use alpha", "quiz --type number true-false single"] + answers).joined(separator: "\n")
      + "\n"
    return try CommandRun.rehearse(
      [
        "--content", "Tests/Fixtures/library", "--db", database, "--trainee", trainee, "--team",
        team,
      ], script: script)
  }

  @Test func aPipedQuizIsRecordedAndExportedInEveryFormat() throws {
    let run = try practise(as: "王芳", team: "一班", answers: ["1小时", "错", "A"])
    #expect(run.status == 0)
    #expect(run.output.contains("Score: 2/3 (67%) on 3 answered."))

    let csv = try CommandRun.rehearse(["export", "--db", database, "--format", "csv"])
    #expect(csv.status == 0)
    #expect(Array(csv.outputBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let rows = String(decoding: csv.outputBytes.dropFirst(3), as: UTF8.self).components(
      separatedBy: "\r\n")
    #expect(rows.count == 5)
    #expect(rows[1].contains(",王芳,一班,alpha,"))
    #expect(rows[1].contains(",quiz,q-window,赴约时间前后不得超过多久？,,赴约时间前后不得超过多久？,"))
    #expect(rows[1].contains(",1小时,1,1,yes,"))
    #expect(rows[3].contains(",quiz,q-badge,工牌应挂在哪里？,,工牌应挂在哪里？,"))
    #expect(rows[3].contains(",A,0,1,no,"))

    let json = try CommandRun.rehearse(["export", "--db", database, "--format", "json"])
    let attempts = try JSONSerialization.jsonObject(with: json.outputBytes) as? [[String: Any]]
    #expect(attempts?.map { $0["item"] as? String } == ["q-window", "q-argue", "q-badge"])

    let file = folder.appendingPathComponent("statements.json").path
    let xapi = try CommandRun.rehearse([
      "export", "--db", database, "--format", "xapi", "--out", file, "--home-page",
      "https://lms.example.com",
    ])
    #expect(xapi.errors == "Exported 3 answers to \(file).\n")
    let statements =
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
      as? [[String: Any]]
    // Three answers, and the quiz run's completion.
    #expect(statements?.count == 4)
  }

  @Test func exportFiltersByTraineeTeamPackAndDate() throws {
    _ = try practise(as: "王芳", team: "一班", answers: ["1小时"])
    _ = try practise(as: "李强", team: "二班", answers: ["2小时", "对"])
    func count(_ filters: [String]) throws -> Int {
      let run = try CommandRun.rehearse(["export", "--db", database, "--format", "json"] + filters)
      return (try JSONSerialization.jsonObject(with: run.outputBytes) as? [Any])?.count ?? -1
    }
    #expect(try count([]) == 3)
    #expect(try count(["--trainee", "李强"]) == 2)
    #expect(try count(["--team", "一班"]) == 1)
    #expect(try count(["--pack", "beta"]) == 0)
    #expect(try count(["--since", "2000-01-01", "--until", "2999-12-31"]) == 3)
    #expect(try count(["--until", "2000-01-01"]) == 0)
    let bad = try CommandRun.rehearse([
      "export", "--db", database, "--format", "csv", "--since", "yesterday",
    ])
    #expect(bad.status == 2)
    #expect(bad.errors.contains("“yesterday” is not a date; write it as YYYY-MM-DD."))
  }

  @Test func csvHeadersFollowTheInterfaceLanguage() throws {
    _ = try practise(as: "王芳", team: "一班", answers: ["1小时"])
    let csv = try CommandRun.rehearse([
      "export", "--db", database, "--format", "csv", "--lang", "zh",
    ])
    #expect(
      String(decoding: csv.outputBytes.dropFirst(3), as: UTF8.self).hasPrefix("作答时间,学员,班组,内容包,"))
  }

  @Test func xapiNeedsTheOrganisationsHomePage() throws {
    _ = try practise(as: "王芳", team: "一班", answers: ["1小时"])
    let missing = try CommandRun.rehearse(["export", "--db", database, "--format", "xapi"])
    #expect(missing.status == 2)
    #expect(missing.errors.contains("--home-page"))
    #expect(missing.output.isEmpty)
    let bad = try CommandRun.rehearse([
      "export", "--db", database, "--format", "xapi", "--home-page", "ftp://lms.example.com",
    ])
    #expect(bad.status == 2)
    let set = try CommandRun.rehearse(
      ["export", "--db", database, "--format", "xapi"],
      environment: ["REHEARSE_XAPI_HOMEPAGE": "https://lms.example.com"])
    #expect(set.status == 0)
    #expect(set.output.contains("\"homePage\":\"https://lms.example.com\""))
  }

  @Test func theSummaryHasOneRowPerTraineeAndPack() throws {
    _ = try practise(as: "王芳", team: "一班", answers: ["1小时", "错", "A"])
    _ = try practise(as: "李强", team: "二班", answers: ["2小时"])
    let run = try CommandRun.rehearse([
      "export", "--db", database, "--format", "csv", "--summary",
    ])
    #expect(run.status == 0)
    let rows = String(decoding: run.outputBytes.dropFirst(3), as: UTF8.self).components(
      separatedBy: "\r\n")
    #expect(rows.count == 4)
    #expect(rows[1].hasPrefix("一班,王芳,alpha,3,2,0,,0,"))
    #expect(rows[2].hasPrefix("二班,李强,alpha,1,0,0,,0,"))
    let refused = try CommandRun.rehearse([
      "export", "--db", database, "--format", "json", "--summary",
    ])
    #expect(refused.status == 2)
  }

  @Test func exportingWithoutAnyScoresSaysSo() throws {
    let run = try CommandRun.rehearse(["export", "--db", database, "--format", "csv"])
    #expect(run.status == 2)
    #expect(run.errors == "No scores have been recorded at \(database) yet.\n")
  }

  @Test func anAnswerIsKeptEvenIfTheProcessIsKilledRightAfter() throws {
    // Answer one question, then kill the shell while it waits for the next answer.
    let process = Process()
    process.executableURL = TestPaths.binary
    process.arguments = [
      "--content", "Tests/Fixtures/library", "--db", database, "--trainee", "王芳",
    ]
    process.currentDirectoryURL = TestPaths.packageRoot
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data("use alpha\nquiz --type number true-false\n1小时\n".utf8))
    // Wait until the second question is asked: the first answer has been scored by then.
    var seen = Data()
    let deadline = Date().addingTimeInterval(20)
    while !String(decoding: seen, as: UTF8.self).contains("Question 2/2"), Date() < deadline {
      seen.append(output.fileHandleForReading.availableData)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let json = try CommandRun.rehearse(["export", "--db", database, "--format", "json"])
    let attempts = try JSONSerialization.jsonObject(with: json.outputBytes) as? [[String: Any]]
    #expect(attempts?.count == 1)
    #expect(attempts?.first?["answer"] as? String == "1小时")
  }

  @Test func severalTraineesCanPractiseOnOneDatabaseAtOnce() async throws {
    try await withThrowingTaskGroup(of: CommandRun.self) { group in
      for trainee in 0..<6 {
        group.addTask {
          try practise(as: "学员\(trainee)", team: "一班", answers: ["1小时", "错", "B"])
        }
      }
      for try await run in group {
        #expect(run.status == 0)
        #expect(run.errors.isEmpty, "\(run.errors)")
      }
    }
    let json = try CommandRun.rehearse(["export", "--db", database, "--format", "json"])
    let attempts = try JSONSerialization.jsonObject(with: json.outputBytes) as? [[String: Any]]
    #expect(attempts?.count == 18)
    #expect(Set(attempts?.compactMap { $0["trainee"] as? String } ?? []).count == 6)
  }
}
