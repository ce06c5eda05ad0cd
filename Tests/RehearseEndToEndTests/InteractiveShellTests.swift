import Foundation
import RehearseTestSupport
import Testing

/// The REPL on a real terminal, under tmux, typed at the way a person types.
@Suite("Interactive shell", .enabled(if: TmuxSession.isAvailable), .serialized)
struct InteractiveShellTests {
  let stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-state-\(UUID())")

  func startShell(content: String = "Tests/Fixtures/library") throws -> TmuxSession {
    let command = "cd '\(TestPaths.packageRoot.path)' && '\(TestPaths.binary.path)' --content \(content)"
    let session = try TmuxSession(
      command: command, environment: ["XDG_STATE_HOME": stateHome.path, "LANG": "C.UTF-8", "TERM": "xterm"])
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
}
