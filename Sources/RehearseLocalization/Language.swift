/// A language the program can speak to its user.
///
/// Content is shown in the language it was authored in; this only governs what the program
/// itself writes.
public enum Language: String, CaseIterable, Sendable {
  case english = "en"
  case chinese = "zh"

  /// Chooses the interface language the way the command line promises: an explicit flag first,
  /// then `REHEARSE_LANG`, then the POSIX locale variables (`zh_*` gives Chinese), else English.
  public static func resolve(flag: String?, environment: [String: String]) -> Language {
    if let flag, let language = Language(code: flag) { return language }
    if let chosen = environment["REHEARSE_LANG"], let language = Language(code: chosen) {
      return language
    }
    // POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG; empty means unset.
    for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[variable], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("zh") ? .chinese : .english
    }
    return .english
  }

  /// Accepts `en`, `zh` and locale-like spellings such as `zh_CN.UTF-8` or `en-GB`.
  public init?(code: String) {
    let lowered = code.lowercased()
    if lowered == "en" || lowered.hasPrefix("en_") || lowered.hasPrefix("en-") {
      self = .english
    } else if lowered == "zh" || lowered.hasPrefix("zh_") || lowered.hasPrefix("zh-") {
      self = .chinese
    } else {
      return nil
    }
  }

  /// Scans raw command-line arguments for `--lang VALUE` or `--lang=VALUE`.
  ///
  /// The language must be known before argument parsing starts, because the help text that
  /// the parser prints is itself localized.
  public static func flag(in arguments: [String]) -> String? {
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      if argument == "--" { return nil }
      if argument == "--lang" { return iterator.next() }
      if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
    }
    return nil
  }
}
