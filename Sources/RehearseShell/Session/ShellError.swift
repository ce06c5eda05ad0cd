/// A problem the user can fix, already worded in their language.
public struct ShellError: Error, Sendable {
  public var message: String
  /// An optional second line: what to try instead.
  public var hint: String?

  public init(_ message: String, hint: String? = nil) {
    self.message = message
    self.hint = hint
  }
}
