import RehearseContent
import RehearseLocalization

/// The read–execute loop: reads lines until `quit` or the end of input.
public struct REPL {
  let session: ShellSession

  public init(session: ShellSession) {
    self.session = session
  }

  public func run() {
    let reader = session.reader
    if reader.isInteractive {
      session.output.line(
        session.style.bold(session.localize(.shellWelcome, session.library.packs.count)))
      session.output.line(session.localize(.shellWelcomeHint))
    }
    while !session.wantsToQuit {
      switch reader.readLine(prompt: session.prompt) {
      case .line(let line):
        if reader.isInteractive, !line.trimmingWhitespace.isEmpty { reader.remember(line) }
        session.execute(line)
      case .tooLong(let byteCount):
        session.reportTooLong(byteCount)
      case .interrupted:
        // Ctrl-C abandons the line being typed; the prompt comes back on a fresh line.
        session.output.write("\n")
      case .end:
        if reader.isInteractive { session.output.write("\n") }
        return
      }
    }
  }
}
