import RehearseContent
import RehearseMatching

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

  /// Per phrase: its text, and its JSON head and tail.
  struct Phrase: Sendable {
    var text: Span
    var jsonHead: Span
    var jsonTail: Span
  }

  /// A line template for people, split at its holes (the place and the matched words).
  ///
  /// What depends only on the phrase (words, severity, phrase, "say instead", the newline) is
  /// rendered once per phrase into runs between the holes; per flag only the holes are filled.
  struct PlainForm: Sendable {
    /// What fills each hole, in order.
    var holes: [Hole]
    /// The runs around them: one more than there are holes.
    var runCount: Int { holes.count + 1 }
  }

  enum Hole: Sendable {
    case place
    case matched
  }

  let json: Bool
  private let store: [UInt8]
  /// Per phrase, for `--json`.
  private let phrases: [Phrase]
  private let flag: PlainForm
  private let flagExact: PlainForm
  /// Per phrase, for people: `plainStride` words at `p * plainStride` — where its bytes start
  /// in `store`, the length of its text, then the lengths of `flag`'s runs and of
  /// `flagExact`'s. The bytes themselves are contiguous in that order (text, `flag`'s runs,
  /// `flagExact`'s runs), so writing a flag reads two or three cache lines, not one per array:
  /// ten thousand phrases' reports do not fit in a core's cache, and misses dominated.
  private let plainRecords: [UInt32]
  private var plainStride: Int { 2 + flag.runCount + flagExact.runCount }
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
    let instead = ByteTemplate(wording.instead)
    let flagTemplate = ByteTemplate(wording.flag)
    let exactTemplate = ByteTemplate(wording.flagExact)
    let flag = PlainForm(holes: Self.holes(of: flagTemplate))
    let flagExact = PlainForm(holes: Self.holes(of: exactTemplate))
    var plainRecords: [UInt32] = []
    // Only the form being written is rendered: JSON fragments for --json, words otherwise.
    phrases = patterns.map { pattern in
      let empty = Span(start: 0, count: 0)
      guard json else {
        plainRecords.append(UInt32(store.count))
        plainRecords.append(UInt32(pattern.phrase.utf8.count))
        store += pattern.phrase.utf8
        let severity = Array((pattern.severity == .banned ? wording.banned : wording.discouraged).utf8)
        var ending: [UInt8] = []
        if !pattern.suggestion.isEmpty {
          instead.write(into: &ending) { _, out in out += pattern.suggestion.utf8 }
        }
        ending.append(UInt8(ascii: "\n"))
        let phrase = Array(pattern.phrase.utf8)
        for template in [flagTemplate, exactTemplate] {
          Self.render(template, phrase: phrase, severity: severity, ending: ending, store: &store, runs: &plainRecords)
        }
        return Phrase(text: empty, jsonHead: empty, jsonTail: empty)
      }
      let text = add(pattern.phrase.utf8)
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
      return Phrase(text: text, jsonHead: head, jsonTail: tail)
    }
    self.flag = flag
    self.flagExact = flagExact
    self.plainRecords = plainRecords
    // Room to spare at the end, so no copy ever reads past the store.
    self.store = store + [UInt8](repeating: 0, count: 32)
  }

  /// The holes of a flag template: `{1}` the place, `{3}` the matched words.
  private static func holes(of template: ByteTemplate) -> [Hole] {
    template.pieces.compactMap { piece in
      switch piece {
      case .argument(0): .place
      case .argument(2): .matched
      default: nil
      }
    }
  }

  /// Renders a flag template for one phrase: appends the bytes between its holes to `store`
  /// and their lengths to `runs`, the last run ending with `ending`.
  private static func render(
    _ template: ByteTemplate, phrase: [UInt8], severity: [UInt8], ending: [UInt8], store: inout [UInt8],
    runs: inout [UInt32]
  ) {
    var start = store.count
    for piece in template.pieces {
      switch piece {
      case .literal(let bytes): store += bytes
      case .argument(0), .argument(2):
        runs.append(UInt32(store.count - start))
        start = store.count
      case .argument(1): store += severity
      case .argument: store += phrase
      }
    }
    store += ending
    runs.append(UInt32(store.count - start))
  }

  /// A file name as `write` wants it: quoted for JSON, as is otherwise.
  public func label(forFile name: String) -> [UInt8] {
    json ? CheckJSON.quoted(name) : Array(name.utf8)
  }

  /// Writes the report of one line: every line in JSON, only flagged lines otherwise.
  public func write(line number: Int, file: [UInt8]?, _ line: ScannedLine, into out: ByteSink) {
    store.withUnsafeBufferPointer { store in
      if json {
        writeJSON(line: number, file: file, line, store: store, into: out)
      } else {
        writePlain(line: number, file: file, line, store: store, into: out)
      }
    }
  }

  private func writeJSON(
    line number: Int, file: [UInt8]?, _ line: ScannedLine, store: UnsafeBufferPointer<UInt8>, into out: ByteSink
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
          if byte < 0x20 || byte == 0x22 || byte == 0x5C { out.append(CheckJSON.escaped(byte)) } else { out.append(byte) }
        }
      } else {
        var scalars = LineScalars(line.bytes)
        scalars.skip(to: hit.start)
        scalars.copy(to: hit.end, into: out, escapingJSON: true)
      }
      out.append(UInt8(ascii: "\""))
      Self.append(phrase.jsonTail, from: store, to: out)
    }
    out.append("]}\n")
  }

  private func writePlain(
    line number: Int, file: [UInt8]?, _ line: ScannedLine, store: UnsafeBufferPointer<UInt8>, into out: ByteSink
  ) {
    let bytes = line.bytes.baseAddress!
    let stride = plainStride
    let flagRuns = flag.runCount
    // The place (`file:line:`) is the same for every flag of the line: written out once, then
    // copied.
    var place: Range<Int>? = nil
    plainRecords.withUnsafeBufferPointer { records in
      for hit in line.hits {
        let record = records.baseAddress! + hit.pattern &* stride
        var cursor = Int(record[0])
        let textCount = Int(record[1])
        let matched = UnsafeBufferPointer(start: bytes + hit.utf8Start, count: hit.utf8End - hit.utf8Start)
        let exact = line.isWellFormed && Self.equal(matched, store.baseAddress! + cursor, textCount)
        cursor &+= textCount
        var run = 2
        if exact {
          for index in 0..<flagRuns { cursor &+= Int(record[2 &+ index]) }
          run &+= flagRuns
        }
        for hole in exact ? flagExact.holes : flag.holes {
          let length = Int(record[run])
          out.append(store.baseAddress! + cursor, count: length)
          cursor &+= length
          run &+= 1
          switch hole {
          case .place:
            if let place {
              out.appendCopy(of: place)
            } else {
              let start = out.count
              if let file {
                out.append(file)
                out.append(UInt8(ascii: ":"))
              }
              out.appendDecimal(number)
              out.append(UInt8(ascii: ":"))
              place = start..<out.count
            }
            out.appendDecimal(hit.start + 1)
            out.append(UInt8(ascii: ":"))
          case .matched:
            if line.isWellFormed {
              out.append(matched)
            } else {
              var scalars = LineScalars(line.bytes)
              scalars.skip(to: hit.start)
              scalars.copy(to: hit.end, into: out, escapingJSON: false)
            }
          }
        }
        out.append(store.baseAddress! + cursor, count: Int(record[run]))
      }
    }
  }

  /// Whether `bytes` equals the `count` bytes at `other` (short runs: no call into libc).
  @inline(__always)
  private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ other: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    guard bytes.count == count else { return false }
    let base = bytes.baseAddress!
    var index = 0
    while index &+ 8 <= count {
      let left = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let right = UnsafeRawPointer(other + index).loadUnaligned(as: UInt64.self)
      if left != right { return false }
      index &+= 8
    }
    while index < count {
      if base[index] != other[index] { return false }
      index &+= 1
    }
    return true
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
