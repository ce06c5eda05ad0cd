import Foundation

/// Where the score database lives when `--db` is not given.
public enum StoreLocation {
  /// `--db`, then `REHEARSE_DB`, then `$XDG_DATA_HOME/rehearse/scores.sqlite` (falling back to
  /// `~/.local/share/rehearse/scores.sqlite`); nil when there is no home to put it in.
  public static func path(option: String?, environment: [String: String]) -> String? {
    if let option, !option.isEmpty { return option }
    if let variable = environment["REHEARSE_DB"], !variable.isEmpty { return variable }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return data + "/rehearse/scores.sqlite"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/share/rehearse/scores.sqlite"
  }
}
