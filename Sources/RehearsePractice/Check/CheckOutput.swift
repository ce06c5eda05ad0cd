import RehearseContent
import RehearseMatching

#if canImport(Glibc)
  import Glibc
#endif

/// Writes what `rehearse check` reports for each line, straight into bytes: JSON objects (the
/// contract scripts rely on) or `place: severity: “matched” …` lines for people.
///
/// Everything that depends only on a phrase is rendered once, into one flat byte store; per
/// flag only the place and the matched words are written. A large check prints hundreds of
/// thousands of flags, and formatting must not cost more than finding them.
public struct CheckOutput: Sendable {
  /// The words of the human-readable form, in the user's language.
  public struct Wording: Sendable {
    /// `{1}` place, `{2}` severity, `{3}` matched text, `{4}` the phrase.
    public var flag: String
    /// The same when the text was typed exactly as the phrase: `{1}`, `{2}`, `{3}`.
    public var flagExact: String
    /// `{1}` the suggestion.
    public var instead: String
    public var banned: String
    public var discouraged: String

    public init(flag: String, flagExact: String, instead: String, banned: String, discouraged: String) {
      self.flag = flag
      self.flagExact = flagExact
      self.instead = instead
      self.banned = banned
      self.discouraged = discouraged
    }
  }

  /// A run of bytes in `store`.
  struct Span: Sendable {
    var start: Int
    var count: Int
  }

  /// A template's pieces: a literal span, or an argument number (negative `count` marks one).
  struct Piece: Sendable {
    var literal: Span
    var argument: Int?
  }

  /// Per phrase: its text, severity word, "say instead" clause, and JSON head and tail.
  struct Phrase: Sendable {
    var text: Span
    var severity: Span
    var instead: Span
    var jsonHead: Span
    var jsonTail: Span
  }

  let json: Bool
  private let store: [UInt8]
  private let phrases: [Phrase]
  private let flag: [Piece]
  private let flagExact: [Piece]
  public let patterns: [CheckPattern]

  public init(patterns: [CheckPattern], json: Bool, wording: Wording) {
    self.patterns = patterns
    self.json = json
    var store: [UInt8] = []
    func add(_ bytes: some Sequence<UInt8>) -> Span {
      let start = store.count
      store += bytes
      return Span(start: start, count: store.count - start)
    }
    func pieces(_ template: String) -> [Piece] {
      ByteTemplate(template).pieces.map { piece in
        switch piece {
        case .literal(let bytes): Piece(literal: add(bytes), argument: nil)
        case .argument(let index): Piece(literal: Span(start: 0, count: 0), argument: index)
        }
      }
    }
    flag = pieces(wording.flag)
    flagExact = pieces(wording.flagExact)
    let instead = ByteTemplate(wording.instead)
    // Only the form being written is rendered: JSON fragments for --json, words otherwise.
    phrases = patterns.map { pattern in
      let text = add(pattern.phrase.utf8)
      guard json else {
        let severity = add((pattern.severity == .banned ? wording.banned : wording.discouraged).utf8)
        var insteadBytes: [UInt8] = []
        if !pattern.suggestion.isEmpty {
          instead.write(into: &insteadBytes) { _, out in out += pattern.suggestion.utf8 }
        }
        let empty = Span(start: 0, count: 0)
        return Phrase(text: text, severity: severity, instead: add(insteadBytes), jsonHead: empty, jsonTail: empty)
      }
      let headStart = store.count
      store += "{\"id\":".utf8
      CheckJSON.appendQuoted(pattern.id, to: &store)
      if let pack = pattern.pack {
        store += ",\"pack\":".utf8
        CheckJSON.appendQuoted(pack, to: &store)
      }
      store += ",\"phrase\":".utf8
      CheckJSON.appendQuoted(pattern.phrase, to: &store)
      store += ",\"severity\":\"".utf8
      store += pattern.severity.rawValue.utf8
      store += "\"".utf8
      let head = Span(start: headStart, count: store.count - headStart)
      let tailStart = store.count
      store += ",\"suggestion\":".utf8
      CheckJSON.appendQuoted(pattern.suggestion, to: &store)
      store += ",\"source\":".utf8
      CheckJSON.appendQuoted(pattern.source, to: &store)
      store += "}".utf8
      let tail = Span(start: tailStart, count: store.count - tailStart)
      return Phrase(text: text, severity: Span(start: 0, count: 0), instead: Span(start: 0, count: 0), jsonHead: head, jsonTail: tail)
    }
    self.store = store
  }

  /// A file name as `write` wants it: quoted for JSON, as is otherwise.
  public func label(forFile name: String) -> [UInt8] {
    json ? CheckJSON.quoted(name) : Array(name.utf8)
  }

  /// Writes the report of one line: every line in JSON, only flagged lines otherwise.
  public func write(
    line number: Int, file: [UInt8]?, bytes line: UnsafeBufferPointer<UInt8>, hits: some Collection<PhraseHit>,
    into out: ByteSink
  ) {
    store.withUnsafeBufferPointer { store in
      if json {
        writeJSON(line: number, file: file, bytes: line, hits: hits, store: store, into: out)
      } else {
        writePlain(line: number, file: file, bytes: line, hits: hits, store: store, into: out)
      }
    }
  }

  private func writeJSON(
    line number: Int, file: [UInt8]?, bytes line: UnsafeBufferPointer<UInt8>, hits: some Collection<PhraseHit>,
    store: UnsafeBufferPointer<UInt8>, into out: ByteSink
  ) {
    out.append("{\"line\":")
    out.appendDecimal(number)
    if let file {
      out.append(",\"file\":")
      out.append(file)
    }
    out.append(",\"flags\":[")
    var scalars = LineScalars(line)
    var first = true
    for hit in hits {
      let phrase = phrases[hit.pattern]
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      Self.append(phrase.jsonHead, from: store, to: out)
      out.append(",\"start\":")
      out.appendDecimal(hit.start)
      out.append(",\"end\":")
      out.appendDecimal(hit.end)
      out.append(",\"matched\":\"")
      scalars.skip(to: hit.start)
      scalars.copy(to: hit.end, into: out, escapingJSON: true)
      out.append(UInt8(ascii: "\""))
      Self.append(phrase.jsonTail, from: store, to: out)
    }
    out.append("]}\n")
  }

  private func writePlain(
    line number: Int, file: [UInt8]?, bytes line: UnsafeBufferPointer<UInt8>, hits: some Collection<PhraseHit>,
    store: UnsafeBufferPointer<UInt8>, into out: ByteSink
  ) {
    var scalars = LineScalars(line)
    for hit in hits {
      let phrase = phrases[hit.pattern]
      scalars.skip(to: hit.start)
      let matchedStart = scalars.byte
      let wellFormed = scalars.advance(to: hit.end)
      let matched = UnsafeBufferPointer(rebasing: line[matchedStart..<scalars.byte])
      let exact = wellFormed && matched.count == phrase.text.count
        && memcmp(matched.baseAddress!, store.baseAddress! + phrase.text.start, matched.count) == 0
      let pieces = exact ? flagExact : flag
      for index in pieces.indices {
        switch pieces[index].argument {
        case nil:
          Self.append(pieces[index].literal, from: store, to: out)
        case 0?:
          if let file {
            out.append(file)
            out.append(UInt8(ascii: ":"))
          }
          out.appendDecimal(number)
          out.append(UInt8(ascii: ":"))
          out.appendDecimal(hit.start + 1)
          out.append(UInt8(ascii: ":"))
        case 1?:
          Self.append(phrase.severity, from: store, to: out)
        case 2?:
          if wellFormed {
            out.append(matched)
          } else {
            var copy = LineScalars(line)
            copy.skip(to: hit.start)
            copy.copy(to: hit.end, into: out, escapingJSON: false)
          }
        default:
          Self.append(phrase.text, from: store, to: out)
        }
      }
      Self.append(phrase.instead, from: store, to: out)
      out.append(UInt8(ascii: "\n"))
    }
  }

  @inline(__always)
  private static func append(_ span: Span, from store: UnsafeBufferPointer<UInt8>, to out: ByteSink) {
    out.append(store.baseAddress! + span.start, count: span.count)
  }
}

/// JSON string literals as bytes.
enum CheckJSON {
  static func quoted(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    appendQuoted(text, to: &out)
    return out
  }

  static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      if byte < 0x20 || byte == 0x22 || byte == 0x5C { out += escaped(byte) } else { out.append(byte) }
    }
    out.append(UInt8(ascii: "\""))
  }

  static func escaped(_ byte: UInt8) -> [UInt8] {
    switch byte {
    case 0x22: return Array("\\\"".utf8)
    case 0x5C: return Array("\\\\".utf8)
    case 0x0A: return Array("\\n".utf8)
    case 0x0D: return Array("\\r".utf8)
    case 0x09: return Array("\\t".utf8)
    default:
      let hex = String(byte, radix: 16)
      return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }
  }
}
