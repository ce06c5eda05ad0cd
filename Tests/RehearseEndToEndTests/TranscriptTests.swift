import Foundation
import RehearseLocalization
import RehearseTestSupport
import Testing

/// A whole piped session in each language, compared with a recorded transcript, and checked
/// for any word of the other language from the program itself.
///
/// To re-record after an intended change: `REHEARSE_RECORD=1 swift test --filter Transcript`,
/// then read the diff.
@Suite("Whole-session transcripts")
struct TranscriptTests {
  static let script = TestPaths.fixture("transcripts/session.txt")

  struct Session {
    var output: String
    var errors: String
    var csvHeader: String
  }

  func runSession(_ language: Language) throws -> Session {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-transcript-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = language == .chinese ? ["LANG": "zh_CN.UTF-8"] : ["LANG": "en_US.UTF-8"]
    let run = try CommandRun.rehearse(
      ["--content", TestPaths.fixture("library").path, "--db", "scores.sqlite", "--trainee", "王芳"],
      input: try Data(contentsOf: Self.script), directory: folder, environment: environment)
    #expect(run.status == 0)
    let csv = try Data(contentsOf: folder.appendingPathComponent("scores.csv"))
    let header = String(decoding: csv.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")[
      0]
    return Session(
      output: Self.normalized(run.output), errors: Self.normalized(run.errors), csvHeader: header)
  }

  /// Dates change from day to day; everything else must not.
  static func normalized(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"\d{4}-\d{2}-\d{2}"#, with: "YYYY-MM-DD", options: .regularExpression)
  }

  @Test("the session matches its recorded transcript", arguments: Language.allCases)
  func matchesTheRecording(language: Language) throws {
    let session = try runSession(language)
    let recorded = TestPaths.fixture("transcripts/session.\(language.rawValue).txt")
    let transcript = session.output + "--- standard error ---\n" + session.errors
    if ProcessInfo.processInfo.environment["REHEARSE_RECORD"] == "1" {
      try transcript.write(to: recorded, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: recorded, encoding: .utf8)
    #expect(
      transcript == expected,
      "transcript differs from \(recorded.path); re-record if the change is intended")
  }

  @Test("not a word of the other language from the program", arguments: Language.allCases)
  func speaksOneLanguage(language: Language) throws {
    let session = try runSession(language)
    let text = session.output + session.errors
    let other: Language = language == .english ? .chinese : .english
    // Content is shown as written, so a catalog word that the content also uses proves nothing.
    let content = try Self.contentText()
    for key in MessageKey.allCases {
      for fragment in Self.fixedFragments(of: Catalog.translation(for: key).text(in: other))
      where !content.contains(fragment) {
        #expect(
          !text.contains(fragment),
          "\(language) session contains \(other) text of \(key.rawValue): “\(fragment)”")
      }
    }
    if language == .chinese {
      #expect(session.csvHeader.hasPrefix("作答时间,学员,班组,"))
      // Latin words left in the Chinese session are content ids, slot names and typed answers.
      let commands = [
        "packs", "use", "rules", "phrases", "forbidden", "dress", "kit", "procedures", "elements",
        "questions", "dialogues", "show", "search", "quiz", "dialogue", "review", "check", "scores",
        "export", "help",
        "quit", "rehearse",
      ]
      let keys = ["ctrl", "tab", "id", "yyyy", "mm", "dd"]
      let typed = ["nonsense", "ac"]
      let allowed = Set(commands + keys + typed).union([
        "alpha", "beta", "intro", "decline", "tea", "not", "our", "fault", "company", "rule", "but",
        "badge", "shoe",
        "covers", "install", "greeting", "self", "introduction", "book", "visit", "arrive", "on",
        "time", "no",
        "argument", "window", "argue", "banned", "order", "name", "conduct", "discipline", "csv",
        "scores", "sqlite",
        "pack", "count", "type", "shuffle", "seed", "unseen", "quiz", "help", "dialogue", "review",
        "use",
        "subcommand",
        "single", "multiple", "true", "false", "number", "phrase", "csv", "json", "xapi", "out",
        "trainee", "team",
      ])
      let words = Set(
        text.split { !$0.isASCII || !$0.isLetter }.map { $0.lowercased() }.filter { $0.count > 1 })
      #expect(
        words.subtracting(allowed).isEmpty,
        "English words in the Chinese session: \(words.subtracting(allowed).sorted())")
    } else {
      #expect(session.csvHeader.hasPrefix("Answered at,Trainee,Team,"))
    }
  }

  /// Every YAML file of the fixture library, as one text.
  static func contentText() throws -> String {
    let folder = TestPaths.fixture("library")
    let files =
      FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
    return try files.filter { $0.hasSuffix(".yaml") }.map {
      try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
    }.joined(separator: "\n")
  }

  /// The parts of a catalog text between its placeholders that are long enough to be
  /// recognisable words of their language.
  static func fixedFragments(of text: String) -> [String] {
    text.components(separatedBy: CharacterSet(charactersIn: "{}0123456789"))
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }
      .filter { fragment in
        let han = fragment.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        let words = fragment.split(separator: " ").filter { $0.count > 2 }.count
        return han >= 3 || words >= 2
      }
  }
}
