import CEditLine
import Glibc

/// Somewhere the shell writes text: standard output, standard error, or a buffer in tests.
public protocol TextOutput: AnyObject {
  func write(_ text: String)
  /// The error of the first write that failed (`errno`), or nil while every write succeeded.
  var writeError: Int32? { get }
}

extension TextOutput {
  public var writeError: Int32? { nil }
}

extension TextOutput {
  /// Writes `text` and a newline.
  public func line(_ text: String = "") {
    write(text + "\n")
  }
}

/// Standard output or standard error, through C stdio (Swift 6 does not let Swift code touch
/// the C `stdout` global, so the shim hands it over).
public final class StandardStream: TextOutput, @unchecked Sendable {
  private let file: UnsafeMutablePointer<FILE>
  /// Sticky: once a write fails (a full disk, a closed pipe), the caller can tell and say so.
  public private(set) var writeError: Int32?

  public static let output = StandardStream(file: rehearse_stdout())
  public static let error = StandardStream(file: rehearse_stderr())

  private init(file: UnsafeMutablePointer<FILE>) {
    self.file = file
  }

  public func write(_ text: String) {
    var text = text
    let written = text.withUTF8 { bytes in fwrite(bytes.baseAddress, 1, bytes.count, file) }
    let flushed = fflush(file)
    if writeError == nil, written < text.utf8.count || flushed != 0 {
      writeError = errno
    }
  }
}

/// Collects what is written, for tests and for rendering into a string.
public final class TextBuffer: TextOutput {
  public private(set) var text = ""

  public init() {}

  public func write(_ text: String) {
    self.text += text
  }
}
