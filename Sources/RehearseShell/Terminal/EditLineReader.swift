import CEditLine
import Glibc

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
    return .line(String(cString: line))
  }

  public func remember(_ line: String) {
    rehearse_editor_remember(editor, line)
  }

  private func complete(_ before: String, listed: UnsafeMutablePointer<Int32>?)
    -> UnsafeMutablePointer<CChar>?
  {
    let completion = completer(before)
    if completion.candidates.count > 1 {
      // libedit redraws the prompt and line below what we print.
      let text = "\n" + completion.candidates.joined(separator: "  ") + "\n"
      rehearse_write_stdout(text, UInt(text.utf8.count))
      rehearse_flush_stdout()
      listed?.pointee = 1
    }
    return completion.insertion.isEmpty ? nil : strdup(completion.insertion)
  }
}
