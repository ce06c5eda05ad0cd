import RehearseContent
import RehearseLocalization
import RehearseMatching

/// Writes what `rehearse check` reports for each line, straight into bytes: JSON objects (the
/// contract scripts rely on) or `place: severity: “matched” …` lines for people.
///
/// Everything that depends only on a phrase is rendered once; per flag only the place and the
/// matched words are written. A large check prints hundreds of thousands of flags, and
/// formatting must not cost more than finding them. (The form for people is `PlainReport`.)
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

    public init(
      flag: String, flagExact: String, instead: String, banned: String, discouraged: String
    ) {
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

  /// Per phrase: its JSON head and tail.
  struct Phrase: Sendable {
    var jsonHead: Span
    var jsonTail: Span
  }

  /// Whether the report is JSON (`--json`) rather than lines for people.
  var json: Bool { plain == nil }
  /// JSON fragments, for `--json`.
  private let store: [UInt8]
  /// Per phrase, for `--json`.
  private let phrases: [Phrase]
  /// The form for people, without `--json`.
  private let plain: PlainReport?
  public let patterns: [CheckPattern]

  public init(patterns: [CheckPattern], json: Bool, wording: Wording) {
    self.patterns = patterns
    guard json else {
      plain = PlainReport(patterns: patterns, wording: wording)
      phrases = []
      self.store = []
      return
    }
    plain = nil
    var store: [UInt8] = []
    phrases = patterns.map { pattern in
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
      return Phrase(jsonHead: head, jsonTail: tail)
    }
    self.store = store
  }

  /// A file name as `write` wants it: quoted for JSON, made safe for a terminal otherwise.
  public func label(forFile name: String) -> [UInt8] {
    json ? CheckJSON.quoted(name) : Array(VisibleText.safe(name).utf8)
  }

  /// Writes the report of one line: every line in JSON, only flagged lines otherwise.
  public func write(line number: Int, file: [UInt8]?, _ line: ScannedLine, into out: ByteSink) {
    if let plain {
      plain.write(line: number, file: file, line, into: out)
    } else {
      store.withUnsafeBufferPointer { store in
        writeJSON(line: number, file: file, line, store: store, into: out)
      }
    }
  }

  private func writeJSON(
    line number: Int, file: [UInt8]?, _ line: ScannedLine, store: UnsafeBufferPointer<UInt8>,
    into out: ByteSink
  ) {
    out.append("{\"line\":")
    out.appendDecimal(number)
    if let file {
      out.append(",\"file\":")
      out.append(file)
    }
    out.append(",\"flags\":[")
    var first = true
    for hit in line.hits {
      let phrase = phrases[hit.pattern]
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      Self.append(phrase.jsonHead, from: store, to: out)
      out.append(",\"start\":")
      out.appendDecimal(hit.start)
      out.append(",\"end\":")
      out.appendDecimal(hit.end)
      out.append(",\"matched\":\"")
      if line.isWellFormed {
        // Bytes of multi-byte sequences are all 0x80 or above: only ASCII ever needs escaping.
        for byte in UnsafeBufferPointer(rebasing: line.bytes[hit.utf8Start..<hit.utf8End]) {
          if byte < 0x20 || byte == 0x22 || byte == 0x5C {
            out.append(CheckJSON.escaped(byte))
          } else {
            out.append(byte)
          }
        }
      } else {
        var scalars = LineScalars(line.bytes)
        scalars.skip(to: hit.start)
        scalars.copy(to: hit.end, into: out, escaping: .json)
      }
      out.append(UInt8(ascii: "\""))
      Self.append(phrase.jsonTail, from: store, to: out)
    }
    out.append("]}\n")
  }

  @inline(__always)
  private static func append(_ span: Span, from store: UnsafeBufferPointer<UInt8>, to out: ByteSink)
  {
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
      if byte < 0x20 || byte == 0x22 || byte == 0x5C {
        out += escaped(byte)
      } else {
        out.append(byte)
      }
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
