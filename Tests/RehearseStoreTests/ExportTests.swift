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
        == "Answered at,Trainee,Team,Pack,Item,Kind,Turn,Question or customer line,Answer,Score,Out of,Passed,Feedback,Session"
    )
    #expect(
      lines[1].hasSuffix(
        ",王芳,一班,alpha,q-window,quiz,,赴约时间前后不得超过多久？,1小时,10,10,yes,正确,00000000-0000-0000-0000-000000000001"
      ))
    // Quoted because of the comma, quote and newline; defused because it starts with "=".
    #expect(text.contains(",\"'=1+1, \"\"您好\"\"\n再见\","))
    #expect(lines.last == "")
  }

  @Test func csvHeadersFollowTheLanguage() throws {
    let data = try ExportFormat.csv.render(attempts, localize: Localizer(.chinese))
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("作答时间,学员,班组,内容包,题目编号,类型,轮次,题目或客户说的话,学员回答,得分,满分,是否通过,反馈,会话\r\n"))
    #expect(text.contains(",测验,"))
    #expect(text.contains(",情景对话,2,"))
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
    let data = try ExportFormat.xapi.render(attempts, localize: Localizer(.english))
    let statements = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(statements.count == 2)
    let second = statements[1]
    #expect((second["actor"] as? [String: Any])?["name"] as? String == "李强")
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
  }
}
