import Foundation

/// Drives a program in a real terminal under tmux, the way a person types at it.
///
/// Each session uses its own tmux server socket, so tests can run side by side.
public final class TmuxSession {
  public let name: String
  private let socket: String

  /// Whether tmux is installed (the README's test command installs it).
  public static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
  }

  /// Starts `command` (run by the shell) in a new detached session of the given size.
  public init(
    command: String, width: Int = 100, height: Int = 40, environment: [String: String] = [:]
  ) throws {
    name = "rehearse-test"
    socket = "rehearse-test-\(UUID().uuidString.prefix(8))"
    let variables = environment.sorted { $0.key < $1.key }.flatMap {
      ["-e", "\($0.key)=\($0.value)"]
    }
    try tmux(
      ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"] + variables + [
        command
      ], capture: false)
  }

  deinit {
    close()
  }

  /// Ends the session and the program in it.
  public func close() {
    // kill-server alone leaves the server waiting on the pane's program; closing the session
    // first hangs up its terminal, and the program ends at end of input.
    _ = try? tmux(["kill-session", "-t", name])
    _ = try? tmux(["kill-server"])
  }

  /// Types text literally (Chinese included).
  public func type(_ text: String) throws {
    try tmux(["send-keys", "-t", name, "-l", text])
  }

  /// Presses keys by tmux name: Enter, Tab, Up, C-c, C-d, …
  public func press(_ keys: String...) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// The visible screen, one string per line.
  public func screen() throws -> String {
    try tmux(["capture-pane", "-t", name, "-p"])
  }

  /// The visible screen with its colour escape sequences.
  public func screenWithEscapes() throws -> String {
    try tmux(["capture-pane", "-t", name, "-p", "-e"])
  }

  /// Waits until the screen satisfies `condition`, up to `timeout` seconds; returns the last screen.
  @discardableResult
  public func waitFor(timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = (try? screen()) ?? last
      if condition(last) { return last }
      usleep(50_000)
    }
    return last
  }

  /// Whether the program in the session has exited (the session is gone).
  public var hasExited: Bool {
    (try? tmux(["has-session", "-t", name])) == nil
  }

  /// Runs tmux. The command that starts the server must not `capture`: the server inherits the
  /// client's file descriptors, so a pipe to it would never reach end-of-file.
  @discardableResult
  private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
    let result = try Spawn.run(
      "/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments, capture: capture)
    guard result.status == 0 else { throw TmuxError(arguments: arguments) }
    return result.output
  }
}

struct TmuxError: Error {
  var arguments: [String]
}
