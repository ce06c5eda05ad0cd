import Foundation
import RehearseTestSupport
import Testing

/// The REPL on a real terminal, under tmux, typed at the way a person types.
@Suite("Interactive shell", .enabled(if: TmuxSession.isAvailable), .serialized)
struct InteractiveShellTests {
  let stateHome = FileManager.default.temporaryDirectory.appendingPathComponent(
    "rehearse-state-\(UUID())")

  func startShell(content: String = "Tests/Fixtures/library", environment: [String: String] = [:])
    throws -> TmuxSession
  {
    let command =
      "cd '\(TestPaths.packageRoot.path)' && '\(TestPaths.binary.path)' --content \(content) --db '\(stateHome.path)/scores.sqlite'"
    let session = try TmuxSession(
      command: command,
      // `swift test` sets NO_COLOR=1 for its children; a person's terminal has it unset (empty).
      environment: [
        "XDG_STATE_HOME": stateHome.path, "LANG": "C.UTF-8", "TERM": "xterm", "NO_COLOR": "",
      ]
      .merging(environment) { $1 })
    try session.waitFor { $0.contains("rehearse>") }
    return session
  }

  @Test func chineseInputReachesTheShell() throws {
    let shell = try startShell()
    defer { shell.close() }
    try shell.type("search 准时到达")
    try shell.press("Enter")
    let screen = try shell.waitFor { $0.contains("1 found.") }
    #expect(screen.contains("search 准时到达"))
    #expect(screen.contains("alpha/arrive-on-time"))
  }

  @Test func tabCompletesCommandsAndIds() throws {
    let shell = try startShell()
    defer { shell.close() }
    try shell.type("us")
    try shell.press("Tab")
    try shell.type("al")
    try shell.press("Tab")
    try shell.press("Enter")
    try shell.waitFor { $0.contains("Now using alpha") }
    try shell.type("show decl")
    try shell.press("Tab")
    try shell.press("Enter")
    let screen = try shell.waitFor { $0.contains("不得接受客户的烟茶招待") }
    #expect(screen.contains("show decline-tea"))
  }

  @Test func tabListsCandidatesWhenAmbiguous() throws {
    let shell = try startShell()
    defer { shell.close() }
    try shell.type("p")
    try shell.press("Tab")
    let screen = try shell.waitFor { $0.contains("packs  phrases  procedures") }
    #expect(screen.contains("packs  phrases  procedures"))
  }

  @Test func upArrowRecallsHistoryAcrossRuns() throws {
    do {
      let shell = try startShell()
      defer { shell.close() }
      try shell.type("search 鞋套")
      try shell.press("Enter")
      try shell.waitFor { $0.contains("1 found.") }
      try shell.type("quit")
      try shell.press("Enter")
      try shell.waitFor(timeout: 5) { _ in shell.hasExited }
    }
    let shell = try startShell()
    defer { shell.close() }
    // The last line of the first run was "quit"; the one before it is the search.
    try shell.press("Up")
    try shell.press("Up")
    try shell.press("Enter")
    let screen = try shell.waitFor { $0.contains("1 found.") }
    #expect(screen.contains("search 鞋套"))
  }

  @Test func controlCAbandonsTheLineNotTheProgram() throws {
    let shell = try startShell()
    defer { shell.close() }
    try shell.type("this line is abandoned")
    try shell.press("C-c")
    try shell.type("packs")
    try shell.press("Enter")
    let screen = try shell.waitFor { $0.contains("甲规范") }
    #expect(!shell.hasExited)
    #expect(!screen.contains("Unknown command"))
    try shell.press("C-d")
    try shell.waitFor(timeout: 5) { _ in shell.hasExited }
    #expect(shell.hasExited)
  }

  @Test func promptShowsThePackInUse() throws {
    let shell = try startShell()
    defer { shell.close() }
    try shell.type("use beta")
    try shell.press("Enter")
    let screen = try shell.waitFor { $0.contains("rehearse:beta>") }
    #expect(screen.contains("rehearse:beta>"))
  }

  @Test func colourOnATerminalUnlessNoColourIsSet() throws {
    func escapes(_ environment: [String: String]) throws -> Bool {
      let shell = try startShell(environment: environment)
      defer { shell.close() }
      try shell.type("use alpha")
      try shell.press("Enter")
      try shell.type("forbidden")
      try shell.press("Enter")
      try shell.waitFor { $0.contains("这不可能是我们的错") }
      let screen = try shell.screenWithEscapes()
      return screen.contains("\u{1B}[31m")
    }
    #expect(try escapes([:]))
    #expect(try !escapes(["NO_COLOR": "1"]))
  }

  @Test func aQuizIsAnsweredAtThePrompt() throws {
    let shell = try startShell()
    defer { shell.close() }
    try shell.type("use alpha")
    try shell.press("Enter")
    try shell.type("quiz --type true-false")
    try shell.press("Enter")
    try shell.waitFor { $0.contains("answer>") }
    try shell.type("错")
    try shell.press("Enter")
    let screen = try shell.waitFor { $0.contains("Score: 1/1") }
    #expect(screen.contains("✔ Correct."))
  }
}
