import Foundation
import RehearseLocalization

/// Puts the help and error text that swift-argument-parser writes in English into the user's
/// language.
///
/// The parser has no localization hooks, so its fixed headings and message shapes are
/// recognised here and re-worded from the catalog; anything unrecognised passes through.
public struct ParserText: Sendable {
  let localize: Localizer

  public init(_ localize: Localizer) {
    self.localize = localize
  }

  private var isEnglish: Bool { localize.language == .english }

  /// Help text with its headings and stock phrases translated.
  public func localizeHelp(_ text: String) -> String {
    guard !isEnglish else { return text }
    var text = text
    let headings: [(String, MessageKey)] = [
      ("OVERVIEW: ", .parserOverview), ("USAGE: ", .parserUsage), ("ARGUMENTS:", .parserArguments),
      ("OPTIONS:", .parserOptions), ("SUBCOMMANDS:", .parserSubcommands),
      ("Show help information.", .parserShowHelp), ("Show the version.", .parserShowVersion),
    ]
    for (english, key) in headings {
      text = text.replacingAll(english, with: localize(key))
    }
    text = replacePattern(in: text, prefix: "(default: ", suffix: ")", key: .parserDefault)
    text = replacePattern(in: text, prefix: " (values: ", suffix: ")", key: .parserValues)
    text = replacePattern(
      in: text, prefix: "See '", suffix: "' for detailed help.", key: .parserSeeDetailedHelp)
    return text
  }

  /// One parser error message in the user's language.
  public func localizeError(_ message: String) -> String {
    guard !isEnglish else { return message }
    let shapes: [(prefix: String, suffix: String, key: MessageKey)] = [
      ("Missing expected argument '", "'", .parserMissingArgument),
      ("Unexpected argument '", "'", .parserUnexpectedArgument),
      ("Unknown option '", "'", .parserUnknownOption),
      ("Missing value for '", "'", .parserMissingValue),
    ]
    let firstLine =
      message.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
      ?? message
    for shape in shapes where firstLine.hasPrefix(shape.prefix) && firstLine.hasSuffix(shape.suffix)
    {
      let inner = firstLine.dropFirst(shape.prefix.count).dropLast(shape.suffix.count)
      return localize(shape.key, String(inner))
    }
    if firstLine.hasPrefix("The value '"), let end = firstLine.range(of: "' is invalid") {
      let value = firstLine[
        firstLine.index(firstLine.startIndex, offsetBy: "The value '".count)..<end.lowerBound]
      return localize(.parserInvalidValue, String(value))
    }
    if let count = firstLine.split(separator: " ").first.flatMap({ Int($0) }),
      firstLine.contains("unexpected arguments")
    {
      return localize(.parserUnexpectedArguments, count)
    }
    return message
  }

  /// A parser's full error report (`Error: …`, `Usage: …`, `See '…' for more information.`).
  public func localizeFullError(_ text: String) -> String {
    guard !isEnglish else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      let line = String(line)
      if line.hasPrefix("Error: ") {
        return localize(.cliError, localizeError(String(line.dropFirst("Error: ".count))))
      }
      if line.hasPrefix("Usage: ") {
        return localize(.parserUsage) + line.dropFirst("Usage: ".count)
      }
      if line.hasPrefix("Help: ") {
        return localize(.parserHelpLine) + line.dropFirst("Help: ".count)
      }
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("See '"), let end = trimmed.range(of: "' for more information.") {
        let command = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 5)..<end.lowerBound]
        return "  " + localize(.parserSeeMore, String(command))
      }
      return localizeError(line)
    }.joined(separator: "\n")
  }

  private func replacePattern(in text: String, prefix: String, suffix: String, key: MessageKey)
    -> String
  {
    var result = ""
    var rest = text[...]
    while let start = rest.range(of: prefix), let end = rest[start.upperBound...].range(of: suffix)
    {
      result += rest[..<start.lowerBound]
      result += localize(key, String(rest[start.upperBound..<end.lowerBound]))
      rest = rest[end.upperBound...]
    }
    return result + rest
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
