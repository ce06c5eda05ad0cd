import RehearseLocalization
import RehearseShell

extension FuzzTargets {
  /// The input's lines typed into a shell on the bundled content, as the REPL runs them: each
  /// line a command (the tokenizer, the argument parser, every command) unless a quiz or
  /// dialogue reads it as an answer. Besides not crashing, nothing written may carry a control
  /// or escape code.
  public static func shellCommands(_ bytes: [UInt8]) {
    let text = FuzzInput.text(bytes)
    let shell = FuzzShell.shared
    shell.output.text = ""
    shell.reader.lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(16)
      .map(String.init)
    shell.session.currentPackID = nil
    shell.session.wantsToQuit = false
    REPL(session: shell.session).run()
    precondition(
      !shell.output.text.unicodeScalars.contains { $0 != "\n" && VisibleText.needsReplacing($0) })
  }
}

/// One session, built once (building every pack's matcher per input would be most of the
/// time), whose input and output are swapped per input.
final class FuzzShell {
  nonisolated(unsafe) static let shared = FuzzShell()

  let output = CollectedOutput()
  let reader = QueuedLineReader()
  let session: ShellSession

  init() {
    session = ShellSession(
      library: FuzzInput.bundledContent, localizer: Localizer(.english), style: .plain,
      width: 40, reader: reader, output: output, errors: output)
  }
}

/// Collects what the session writes.
final class CollectedOutput: TextOutput {
  var text = ""
  func write(_ text: String) { self.text += text }
}

/// Lines handed out in order, refilled for each input.
final class QueuedLineReader: LineReader {
  var lines: [String] = []
  let isInteractive = false

  func readLine(prompt: String) -> LineInput {
    lines.isEmpty ? .end : .line(lines.removeFirst())
  }

  func remember(_ line: String) {}
}
