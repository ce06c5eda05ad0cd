import Foundation
import RehearseTestSupport
import Testing

/// Every message the program writes must come from the catalog; this reads the sources and
/// fails on string literals that look like words meant for a user.
@Suite("No user-facing literals outside the catalog")
struct SourceLiteralTests {
  /// Files allowed to hold such literals, and why.
  static let exempt: [String: String] = [
    "Sources/RehearseShell/Session/ParserText.swift":
      "recognises the English that swift-argument-parser writes, in order to translate it",
    "Sources/RehearsePractice/Quiz/AnswerReading.swift":
      "words trainees type (对, 小时, 七十二), recognised as input; nothing here is shown",
    "Sources/RehearseContent/Loading/ChineseValueWords.swift":
      "words authors write in YAML (对, 分钟), recognised as input; nothing here is shown",
    "Sources/RehearseStore/Export/XAPIExport.swift":
      "the display names of xAPI's own verb vocabulary, in every language, for the LRS",
    "Sources/RehearseStoreSQLite/":
      "SQL statements and migration names, read by SQLite; nothing here is shown to users",
    "Sources/RehearseMatching/":
      "the matcher writes nothing to users; its strings are character tables for folding and scoring",
  ]

  static func isExempt(_ path: String) -> Bool {
    exempt.keys.contains { path == $0 || ($0.hasSuffix("/") && path.hasPrefix($0)) }
  }

  struct Finding: CustomStringConvertible {
    var file: String
    var line: Int
    var literal: String
    var description: String { "\(file):\(line): \(literal)" }
  }

  @Test func noProseLiteralsOutsideTheCatalog() throws {
    let findings = try Self.sourceFiles().flatMap(Self.findings)
    #expect(
      findings.isEmpty,
      "user-facing text outside the catalog:\n\(findings.map(\.description).joined(separator: "\n"))"
    )
  }

  @Test func theCheckCatchesWhatItShould() {
    let sample = """
      let a = "Unknown command"
      let b = "未知命令"
      let c = "--lang="   // flags are not prose
      /// "Doc comments are fine"
      let d = #"raw text here"#
      """
    let found = Self.findings(in: sample, file: "sample.swift")
    #expect(found.map(\.line) == [1, 2, 5])
  }

  static func sourceFiles() throws -> [(path: String, text: String)] {
    let root = TestPaths.packageRoot
    let sources = root.appendingPathComponent("Sources")
    guard let enumerator = FileManager.default.enumerator(atPath: sources.path) else { return [] }
    var files: [(String, String)] = []
    for case let relative as String in enumerator where relative.hasSuffix(".swift") {
      let path = "Sources/" + relative
      if path.hasPrefix("Sources/RehearseLocalization/Catalog") || isExempt(path) { continue }
      files.append(
        (path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)))
    }
    return files.sorted { $0.0 < $1.0 }
  }

  static func findings(_ file: (path: String, text: String)) -> [Finding] {
    findings(in: file.text, file: file.path)
  }

  static func findings(in text: String, file: String) -> [Finding] {
    var found: [Finding] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let code = line.trimmingCharacters(in: .whitespaces)
      if code.hasPrefix("//") { continue }
      // Messages for programmers, shown only when the program is wrong, not to users.
      if ["precondition(", "preconditionFailure(", "fatalError(", "assert(", "assertionFailure("]
        .contains(where: code.contains)
      {
        continue
      }
      if code.contains("\"\"\"") {
        found.append(Finding(file: file, line: index + 1, literal: "multi-line string"))
        continue
      }
      for literal in literals(in: String(line)) where looksLikeProse(literal) {
        found.append(Finding(file: file, line: index + 1, literal: literal))
      }
    }
    return found
  }

  /// The contents of the string literals on one line (no escapes decoded; interpolations kept).
  static func literals(in line: String) -> [String] {
    var literals: [String] = []
    var current: String?
    var escaping = false
    var previous: Character = " "
    for character in line {
      if var inside = current {
        if escaping {
          escaping = false
          inside.append(character)
        } else if character == "\\" {
          escaping = true
          inside.append(character)
        } else if character == "\"" {
          literals.append(inside)
          current = nil
          previous = character
          continue
        } else {
          inside.append(character)
        }
        current = inside
      } else if character == "\"" {
        current = ""
      } else if character == "/" && previous == "/" {
        break  // the rest is a comment
      }
      previous = character
    }
    return literals
  }

  static func looksLikeProse(_ literal: String) -> Bool {
    let withoutInterpolations = literal.replacingOccurrences(
      of: #"\\\([^)]*\)"#, with: " ", options: .regularExpression)
    if withoutInterpolations.unicodeScalars.contains(where: {
      (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value)
    }) {
      return true
    }
    // Two words of letters side by side is English prose, not an identifier, flag or format.
    // (At least one of the two has three letters, so that date formats like "dd HH" pass.)
    let twoWords = #"[A-Za-z]{2,}[,.:;!?']? +[A-Za-z]{3,}|[A-Za-z]{3,}[,.:;!?']? +[A-Za-z]{2,}"#
    return withoutInterpolations.range(of: twoWords, options: .regularExpression) != nil
  }
}
