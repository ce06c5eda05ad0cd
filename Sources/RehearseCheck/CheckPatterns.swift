import RehearseContent
import RehearseMatching

/// A forbidden phrase as `rehearse check` reports it.
public struct CheckPattern: Sendable {
  /// The item id (or `phrases:N` for line N of a phrase list).
  public var id: String
  /// The pack it comes from; nil for a phrase list.
  public var pack: String?
  /// The canonical text.
  public var phrase: String
  public var severity: Severity
  public var suggestion: String
  /// The full citation.
  public var source: String
}

/// The phrases `rehearse check` looks for, and what their automaton is built from.
///
/// The automaton is not built here: `makeAutomaton()` builds it, so that a caller can build
/// it while it prepares other things (its report) on another thread.
public struct CheckPatterns: Sendable {
  public let patterns: [CheckPattern]
  /// One spec per pattern, in the same order.
  public let specs: [PatternSpec]

  /// One automaton over every pattern; pattern indices are those of `patterns`.
  public func makeAutomaton() -> PhraseAutomaton {
    PhraseAutomaton(patterns: specs)
  }

  /// Every forbidden phrase of every pack, with its allow-list.
  public init(library: ContentLibrary) {
    var patterns: [CheckPattern] = []
    var specs: [PatternSpec] = []
    for pack in library.packs {
      for item in pack.forbidden {
        patterns.append(
          CheckPattern(
            id: item.id, pack: pack.id, phrase: item.text, severity: item.severity,
            suggestion: item.instead,
            source: pack.citation(for: item)))
        specs.append(PatternSpec(item.text, allow: item.allow))
      }
    }
    self.patterns = patterns
    self.specs = specs
  }

  /// One phrase per line of `text` (blank lines and lines starting with `#` skipped), each
  /// `banned`, named after its line in `file`. Lines end at `\n`; a `\r` before it (a file
  /// saved on Windows) is trimmed with the other white space, and so is a byte-order mark.
  public init(phraseList text: String, file: String) {
    var patterns: [CheckPattern] = []
    var text = text
    text.withUTF8 { bytes in
      patterns.reserveCapacity(bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
      var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var number = 0
      while start <= bytes.count {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        number += 1
        defer { start = end + 1 }
        let phrase = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self
        ).trimmingWhitespace
        guard !phrase.isEmpty, !phrase.hasPrefix("#") else { continue }
        patterns.append(
          CheckPattern(
            id: "phrases:\(number)", pack: nil, phrase: phrase, severity: .banned, suggestion: "",
            source: "\(file):\(number)"))
      }
    }
    self.patterns = patterns
    specs = patterns.map { PatternSpec($0.phrase) }
  }
}
