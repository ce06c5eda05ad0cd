import RehearseMatching

/// The report of `rehearse check` for people: `place: severity: “matched” is “phrase”; say
/// instead: …`, one line per flag, in the user's language.
///
/// The wording is compiled once into steps (runs of literal bytes and the values that fill the
/// gaps) shared by every phrase, and each phrase is kept once: its text, severity and
/// suggestion. Writing a flag reads the shared steps, which stay in the cache, plus one small
/// record and the text of its phrase. (Rendering the whole line per phrase made the report data
/// for ten thousand phrases several times the size of a core's cache, and each flag waited on
/// two cache misses.)
struct PlainReport: Sendable {
  /// What a step writes.
  enum Value: UInt8, Sendable {
    case literal
    /// `file:line:column:`.
    case place
    case severity
    /// The words as typed.
    case matched
    /// The phrase as written in the list.
    case phrase
    case suggestion
  }

  struct Step: Sendable {
    var value: Value
    /// Steps of the "say instead" clause are skipped for a phrase without a suggestion.
    var onlyWithSuggestion: Bool
    /// The bytes of a `literal`, in `store`.
    var start: Int32
    var count: Int32
  }

  /// One phrase: its text and suggestion in `store`, and whether it is banned.
  struct Record: Sendable {
    var text: UInt32
    var textCount: UInt32
    var suggestion: UInt32
    var suggestionCount: UInt32
    var banned: Bool
  }

  private var store: [UInt8] = []
  private var records: [Record] = []
  /// The steps of a flag, then those of a flag whose words are exactly the phrase.
  private var steps: [Step] = []
  private var exactStart = 0
  private var banned = (start: 0, count: 0)
  private var discouraged = (start: 0, count: 0)

  init(patterns: [CheckPattern], wording: CheckOutput.Wording) {
    banned = add(wording.banned.utf8)
    discouraged = add(wording.discouraged.utf8)
    let instead = ByteTemplate(wording.instead)
    // {1} place, {2} severity, {3} matched words, {4} phrase; the suggestion's clause and the
    // newline end every line.
    let values: [Value] = [.place, .severity, .matched, .phrase]
    compile(ByteTemplate(wording.flag), values: values, instead: instead)
    exactStart = steps.count
    compile(ByteTemplate(wording.flagExact), values: values, instead: instead)
    records = patterns.map { pattern in
      let text = add(pattern.phrase.utf8)
      let suggestion = add(pattern.suggestion.utf8)
      return Record(
        text: UInt32(text.start), textCount: UInt32(text.count), suggestion: UInt32(suggestion.start),
        suggestionCount: UInt32(suggestion.count), banned: pattern.severity == .banned)
    }
  }

  private mutating func add(_ bytes: some Collection<UInt8>) -> (start: Int, count: Int) {
    let start = store.count
    store += bytes
    return (start, store.count - start)
  }

  private mutating func compile(_ template: ByteTemplate, values: [Value], instead: ByteTemplate) {
    func append(_ pieces: [ByteTemplate.Piece], values: [Value], onlyWithSuggestion: Bool) {
      for piece in pieces {
        switch piece {
        case .literal(let bytes):
          let literal = add(bytes)
          steps.append(
            Step(
              value: .literal, onlyWithSuggestion: onlyWithSuggestion, start: Int32(literal.start),
              count: Int32(literal.count)))
        case .argument(let index) where values.indices.contains(index):
          steps.append(Step(value: values[index], onlyWithSuggestion: onlyWithSuggestion, start: 0, count: 0))
        case .argument:
          continue
        }
      }
    }
    append(template.pieces, values: values, onlyWithSuggestion: false)
    append(instead.pieces, values: [.suggestion], onlyWithSuggestion: true)
    append([.literal([UInt8(ascii: "\n")])], values: [], onlyWithSuggestion: false)
  }

  /// Writes a line per hit of `line`, number `number` of `file`.
  func write(line number: Int, file: [UInt8]?, _ line: ScannedLine, into out: ByteSink) {
    store.withUnsafeBufferPointer { store in
      records.withUnsafeBufferPointer { records in
        steps.withUnsafeBufferPointer { steps in
          write(
            line: number, file: file, line, store: store.baseAddress!, records: records.baseAddress!, steps: steps,
            into: out)
        }
      }
    }
  }

  private func write(
    line number: Int, file: [UInt8]?, _ line: ScannedLine, store: UnsafePointer<UInt8>,
    records: UnsafePointer<Record>, steps: UnsafeBufferPointer<Step>, into out: ByteSink
  ) {
    let bytes = line.bytes.baseAddress!
    // The place (`file:line:`) is the same for every flag of the line: written out once, then
    // copied.
    var place: Range<Int>? = nil
    for hit in line.hits {
      let record = records[hit.pattern]
      let matched = UnsafeBufferPointer(start: bytes + hit.utf8Start, count: hit.utf8End - hit.utf8Start)
      let exact = line.isWellFormed && Self.equal(matched, store + Int(record.text), Int(record.textCount))
      let hasSuggestion = record.suggestionCount != 0
      for index in exact ? exactStart..<steps.count : 0..<exactStart {
        let step = steps[index]
        if step.onlyWithSuggestion && !hasSuggestion { continue }
        switch step.value {
        case .literal:
          out.append(store + Int(step.start), count: Int(step.count))
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
        case .severity:
          let words = record.banned ? banned : discouraged
          out.append(store + words.start, count: words.count)
        case .matched:
          if line.isWellFormed {
            out.append(matched)
          } else {
            var scalars = LineScalars(line.bytes)
            scalars.skip(to: hit.start)
            scalars.copy(to: hit.end, into: out, escapingJSON: false)
          }
        case .phrase:
          out.append(store + Int(record.text), count: Int(record.textCount))
        case .suggestion:
          out.append(store + Int(record.suggestion), count: Int(record.suggestionCount))
        }
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
}
