import Foundation
import RehearseTestSupport
import Testing

/// Signals that end the shell on a terminal must end the shell alone: libedit's handler used
/// to re-send them to the whole process group, killing the script that started the shell.
@Suite("Signals to the shell on a terminal", .enabled(if: TmuxSession.isAvailable), .serialized)
struct TerminalSignalTests {
  @Test(arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP")])
  func aTerminationSignalEndsOnlyTheShell(signal: Int32, name: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rehearse-signal-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.path
    // A wrapper with another child, both in the shell's process group.
    let wrapper = """
      cd '\(TestPaths.packageRoot.path)'
      sleep 300 &
      echo $! > '\(path)/sleeper'
      echo $$ > '\(path)/wrapper'
      '\(TestPaths.binary.path)' --content Tests/Fixtures/library --db '\(path)/scores.sqlite'
      echo "status $?" > '\(path)/after'
      exec sleep 300
      """
    try wrapper.write(toFile: path + "/wrapper.sh", atomically: true, encoding: .utf8)
    let session = try TmuxSession(
      command: "sh '\(path)/wrapper.sh'",
      environment: ["XDG_STATE_HOME": path, "LANG": "C.UTF-8", "TERM": "xterm", "NO_COLOR": ""])
    defer { session.close() }
    _ = try session.waitFor { $0.contains("rehearse>") }
    try session.type("packs")
    try session.press("Enter")
    _ = try session.waitFor { $0.contains("beta") }

    let wrapperID = try pid(in: path + "/wrapper")
    let sleeperID = try pid(in: path + "/sleeper")
    defer { kill(sleeperID, SIGKILL) }
    let shellID = try #require(child(of: wrapperID, named: "rehearse"))
    #expect(kill(shellID, signal) == 0)

    let after = path + "/after"
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: after), Date() < deadline { usleep(50_000) }
    let status = try String(contentsOfFile: after, encoding: .utf8)
    // The shell died of the signal itself (128 + its number), and nothing else did.
    #expect(status == "status \(128 + signal)\n", "SIG\(name)")
    #expect(kill(wrapperID, 0) == 0, "the wrapper was killed by SIG\(name)")
    #expect(kill(sleeperID, 0) == 0, "the wrapper's other child was killed by SIG\(name)")
    let history = try String(contentsOfFile: path + "/rehearse/history", encoding: .utf8)
    #expect(history.contains("packs"))
  }

  private func pid(in file: String) throws -> pid_t {
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: file, encoding: .utf8),
        let id = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return id
      }
      usleep(50_000)
    }
    throw CocoaError(.fileReadNoSuchFile)
  }

  /// A child process of `parent` whose command name is `name`, from /proc.
  private func child(of parent: pid_t, named name: String) -> pid_t? {
    let children =
      (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8))
      ?? ""
    return children.split(separator: " ").compactMap { pid_t($0) }.first { id in
      let command = try? String(contentsOfFile: "/proc/\(id)/comm", encoding: .utf8)
      return command?.trimmingCharacters(in: .whitespacesAndNewlines) == name
    }
  }
}
