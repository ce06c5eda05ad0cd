/// What reading one line of input gave.
public enum LineInput: Equatable, Sendable {
  case line(String)
  /// The user pressed Ctrl-C: abandon the line being typed, not the program.
  case interrupted
  /// Ctrl-D, or the end of piped input.
  case end
  /// A line longer than `LineLimit.maximumBytes`, read past and not kept; its length in bytes.
  case tooLong(byteCount: Int)
}

/// Where the shell gets its lines: libedit on a terminal, plain reads otherwise.
///
/// The shell talks to the terminal only through this protocol, so tests drive it with a list
/// of lines.
public protocol LineReader: AnyObject {
  /// Whether prompts are shown (false when input is piped, so output stays deterministic).
  var isInteractive: Bool { get }
  func readLine(prompt: String) -> LineInput
  /// Records a line the user entered, for history.
  func remember(_ line: String)
}

/// Lines given up front; for tests of the shell without a terminal.
public final class ScriptedLineReader: LineReader {
  private var lines: [String]
  public let isInteractive = false

  public init(_ lines: [String]) {
    self.lines = lines.reversed()
  }

  public func readLine(prompt: String) -> LineInput {
    lines.popLast().map(LineInput.line) ?? .end
  }

  public func remember(_ line: String) {}
}
