import CEditLine
import Foundation

/// What the process is connected to, decided once at start-up.
public struct TerminalSetup: Sendable {
  /// Standard input is a terminal: use libedit and show prompts.
  public var interactiveInput: Bool
  /// Standard output is a terminal and `NO_COLOR` is unset: colour is welcome.
  public var colour: Bool
  /// Columns to lay text out in.
  public var width: Int

  public init(interactiveInput: Bool, colour: Bool, width: Int) {
    self.interactiveInput = interactiveInput
    self.colour = colour
    self.width = width
  }

  /// Output that is not a terminal is laid out for 80 columns, the width tests record.
  public static let defaultWidth = 80
  /// The narrowest layout: a terminal narrower than this is laid out for this many columns.
  public static let minimumWidth = 10

  public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> TerminalSetup
  {
    let outputIsTerminal = rehearse_isatty(1) != 0
    // https://no-color.org: any non-empty value disables colour.
    let noColour = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
    let columns = outputIsTerminal ? Int(rehearse_terminal_columns(1)) : 0
    return TerminalSetup(
      interactiveInput: rehearse_isatty(0) != 0,
      colour: outputIsTerminal && !noColour,
      width: columns > 0 ? min(max(columns, minimumWidth), 120) : defaultWidth)
  }
}

/// Where the shell keeps its own state, following the XDG base directory convention.
public enum StatePaths {
  /// `$XDG_STATE_HOME/rehearse/history`, falling back to `~/.local/state/rehearse/history`.
  /// Creates the folder; returns nil if there is no home to put it in.
  public static func historyFile(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    guard let folder = stateFolder(environment: environment) else { return nil }
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder + "/history"
  }

  /// `$XDG_STATE_HOME/rehearse/pending` (or under `~/.local/state`): where answers the score
  /// database could not take yet are journaled until it can; nil without a home.
  public static func journalFolder(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    stateFolder(environment: environment).map { $0 + "/pending" }
  }

  static func stateFolder(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/rehearse"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/rehearse"
  }
}
