import RehearseShell

/// Where the executable writes text meant for people: standard output and standard error
/// through the same gate as the shell's, so that an id, a folder name or an argument that
/// holds a control or escape character is shown, never obeyed by the terminal (a folder
/// named with a newline cannot forge an error line; one with `ESC ] 2 ;` cannot rename the
/// window). Data streams (`export` to standard output, `check --json`) make their own
/// formats safe and write to `StandardStream` directly.
enum Console {
  // The executable writes from one thread; the streams underneath are already shared globals.
  nonisolated(unsafe) static let output: TextOutput = TerminalSafeOutput(
    StandardStream.output, style: .plain)
  nonisolated(unsafe) static let errors: TextOutput = TerminalSafeOutput(
    StandardStream.error, style: .plain)
}
