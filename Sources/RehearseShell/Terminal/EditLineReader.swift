import CEditLine
import Glibc
import RehearseLocalization

/// Reads lines on a terminal through libedit: line editing, history kept across runs, Tab
/// completion, and Ctrl-C that abandons the line rather than the program.
public final class EditLineReader: LineReader {
  public let isInteractive = true
  private var editor: OpaquePointer?
  private let completer: (String) -> Completion

  /// What Tab does for the text before the cursor.
  public struct Completion {
    /// Text to insert at the cursor (the unambiguous rest of the word).
    public var insertion: String
    /// Candidates to list when the word is still ambiguous.
    public var candidates: [String]

    public init(insertion: String = "", candidates: [String] = []) {
      self.insertion = insertion
      self.candidates = candidates
    }
  }

  /// Opens libedit on standard input and output, or returns nil if it cannot.
  public init?(
    historyPath: String?, historySize: Int = 1000, completer: @escaping (String) -> Completion
  ) {
    self.completer = completer
    let context = Unmanaged.passUnretained(self).toOpaque()
    let callback: rehearse_completer = { context, before, listed in
      guard let context, let before else { return nil }
      let reader = Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue()
      return reader.complete(String(cString: before), listed: listed)
    }
    guard
      let editor = rehearse_editor_open(
        "rehearse", historyPath, Int32(historySize), callback, context)
    else {
      return nil
    }
    self.editor = editor
  }

  deinit {
    rehearse_editor_close(editor)
  }

  public func readLine(prompt: String) -> LineInput {
    rehearse_editor_set_prompt(editor, prompt)
    var status: Int32 = 0
    guard let line = rehearse_editor_read(editor, &status) else {
      return status == Int32(REHEARSE_READ_INTERRUPTED) ? .interrupted : .end
    }
    defer { free(line) }
    let byteCount = strlen(line)
    guard byteCount <= LineLimit.maximumBytes else { return .tooLong(byteCount: byteCount) }
    return .line(String(cString: line))
  }

  public func remember(_ line: String) {
    rehearse_editor_remember(editor, line)
  }

  /// SIGTERM or SIGHUP when one ended the session (reading returned end of input), else nil.
  public var terminationSignal: Int32? {
    let signal = rehearse_editor_termination_signal(editor)
    return signal == 0 ? nil : signal
  }

  /// Blocks SIGTERM and SIGHUP for the process's threads, so that only the editor sees them
  /// (libedit's own handler would re-send them to the whole process group). Call it first
  /// thing, before any thread starts.
  public static func takeOverTerminationSignals() {
    rehearse_block_termination_signals(1)
  }

  /// Undoes `takeOverTerminationSignals` when no editor could be opened after all.
  public static func giveBackTerminationSignals() {
    rehearse_block_termination_signals(0)
  }

  /// Ends the process by `signal` with its default action, as if it had not been caught:
  /// the parent sees the signal, and no other process receives it.
  public static func die(of signal: Int32) -> Never {
    rehearse_die_of_signal(signal)
  }

  private func complete(_ before: String, listed: UnsafeMutablePointer<Int32>?)
    -> UnsafeMutablePointer<CChar>?
  {
    let completion = completer(before)
    if completion.candidates.count > 1 {
      // libedit redraws the prompt and line below what we print.
      // Candidates are ids from content files: they pass the same gate as all output.
      let text = "\n" + VisibleText.safe(completion.candidates.joined(separator: "  ")) + "\n"
      rehearse_write_stdout(text, UInt(text.utf8.count))
      rehearse_flush_stdout()
      listed?.pointee = 1
    }
    return completion.insertion.isEmpty ? nil : strdup(completion.insertion)
  }
}
