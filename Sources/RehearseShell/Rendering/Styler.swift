/// Adds ANSI colour and emphasis when the output is a terminal that wants it, and nothing
/// otherwise, so piped output and transcripts stay plain.
///
/// Rainbow was considered; its on/off switch is process-global, while a shell writes plain text
/// to a pipe and colour to a terminal at once, so the decision lives in this value instead.
public struct Styler: Sendable {
  public let enabled: Bool

  public init(enabled: Bool) {
    self.enabled = enabled
  }

  public static let plain = Styler(enabled: false)

  /// Every SGR code this type writes; `TerminalText` lets exactly these through to a terminal.
  static let codes: Set<String> = ["0", "1", "2", "31", "32", "33", "36", "1;36", "1;33"]
  /// The length of the longest of `codes`.
  static let longestCode = 4

  private func apply(_ code: String, _ text: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  public func bold(_ text: String) -> String { apply("1", text) }
  public func dim(_ text: String) -> String { apply("2", text) }
  public func red(_ text: String) -> String { apply("31", text) }
  public func green(_ text: String) -> String { apply("32", text) }
  public func yellow(_ text: String) -> String { apply("33", text) }
  public func cyan(_ text: String) -> String { apply("36", text) }

  /// Wraps escape sequences in a prompt in libedit's non-printing markers (\1), so that the
  /// prompt's width is computed without them.
  public func prompt(_ text: String, colour code: String = "1;36") -> String {
    enabled ? "\u{1}\u{1B}[\(code)m\u{1}\(text)\u{1}\u{1B}[0m\u{1}" : text
  }
}
