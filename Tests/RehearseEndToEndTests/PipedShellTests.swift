import Foundation
import RehearseTestSupport
import Testing

/// The built binary driven through pipes, as scripts use it.
@Suite("Shell through a pipe")
struct PipedShellTests {
  @Test func helpPacksQuitOnTheBundledContent() throws {
    let run = try CommandRun.rehearse([], script: "help\npacks\nquit\n")
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    #expect(run.output.contains("  packs       List the content packs and what each holds."))
    for pack in [
      "aftersales-engineer", "group-account-manager", "tietong-representative",
      "unicom-business-hall", "wireless-field-service",
    ] {
      #expect(run.output.contains(pack), "packs omits \(pack)")
    }
  }

  @Test func pipedOutputHasNoPromptsAndNoEscapeCodes() throws {
    let run = try CommandRun.rehearse(
      ["--content", "Tests/Fixtures/library"], script: "use alpha\nforbidden\n",
      environment: ["TERM": "xterm-256color"])
    #expect(!run.output.contains("rehearse>"))
    #expect(!run.output.contains("\u{1B}"))
    #expect(run.output.hasPrefix("Now using alpha: 甲规范\n"))
  }

  @Test func endOfInputEndsTheSessionCleanly() throws {
    let run = try CommandRun.rehearse(["--content", "Tests/Fixtures/library"], script: "packs")
    #expect(run.status == 0)
    #expect(run.output.contains("alpha"))
  }

  @Test func invalidUTF8DoesNotStopTheShell() throws {
    var input = Data("use alpha\n".utf8)
    input.append(contentsOf: [0xE4, 0xBD, 0x20, 0xFF, 0xFE, 0x0A])
    input.append(Data("show intro\n".utf8))
    let run = try CommandRun.rehearse(["--content", "Tests/Fixtures/library"], input: input)
    #expect(run.status == 0)
    #expect(run.errors.contains("Unknown command “\u{FFFD}”."))
    #expect(run.output.contains("您好，我是铁通公司客户代表{name}。"))
  }

  @Test func aMegabyteLineIsAnsweredNotFatal() throws {
    var input = Data("search ".utf8)
    input.append(Data(String(repeating: "客", count: 350_000).utf8))
    input.append(Data("\nuse alpha\nshow intro\n".utf8))
    #expect(input.count > 1_000_000)
    let run = try CommandRun.rehearse(["--content", "Tests/Fixtures/library"], input: input)
    #expect(run.status == 0)
    // Past the 64 KiB line limit: refused with a message, and the session reads on.
    #expect(run.errors.contains("That line is \(input.count - 22) bytes long and was not taken"))
    #expect(run.output.contains("您好，我是铁通公司客户代表{name}。"))
  }

  @Test func crlfLineEndingsAreAccepted() throws {
    let run = try CommandRun.rehearse(
      ["--content", "Tests/Fixtures/library"], script: "use alpha\r\nkit\r\n")
    #expect(run.errors.isEmpty)
    #expect(run.output.contains("一副鞋套"))
  }

  @Test func brokenContentStopsTheShellWithTheProblems() throws {
    let run = try CommandRun.rehearse(
      ["--content", "Tests/Fixtures/broken/bad-type"], script: "packs\n")
    #expect(run.status == 2)
    #expect(
      run.errors.contains(
        "Tests/Fixtures/broken/bad-type/dialogues.yaml:10:17: “points” must be a number, not text"))
  }
}
