import RehearseLocalization
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
    /// The words as typed.
    case matched
    /// The phrase as written in the list.
    case phrase
    case suggestion
  }

  struct Step: Sendable {
    var value: Value
    /// The bytes of a `literal`, in `store`.
    var start: Int32
    var count: Int32
  }

  /// One phrase: its text and suggestion in `store`, and which of the forms it is written in
  /// (`form(exact:banned:suggested:)` without `exact`).
  struct Record: Sendable {
    var text: UInt32
    var textCount: UInt32
    var suggestion: UInt32
    var suggestionCount: UInt32
    var form: UInt32
  }

  /// A line's steps, for one combination of exact words, severity and suggestion: the
  /// severity's words and the suggestion's clause are folded into literals, neighbouring
  /// literals merged, so a flag is five or six copies.
  struct Form: Sendable {
    var steps: Range<Int>
    /// The bytes its literals add up to.
    var literalBytes: Int
  }

  private var store: [UInt8] = []
  private var records: [Record] = []
  private var steps: [Step] = []
  /// Indexed by `form(exact:banned:suggested:)`.
  private var forms: [Form] = []

  private static func form(exact: Bool, banned: Bool, suggested: Bool) -> Int {
    (exact ? 4 : 0) | (banned ? 2 : 0) | (suggested ? 1 : 0)
  }

  init(patterns: [CheckPattern], wording: CheckOutput.Wording) {
    let flag = ByteTemplate(wording.flag)
    let flagExact = ByteTemplate(wording.flagExact)
    let instead = ByteTemplate(wording.instead)
    for exact in [false, true] {
      for banned in [false, true] {
        for suggested in [false, true] {
          forms.append(
            compile(
              exact ? flagExact : flag,
              severity: Array((banned ? wording.banned : wording.discouraged).utf8),
              instead: suggested ? instead : nil))
        }
      }
    }
    records = patterns.map { pattern in
      // A trainer's words reach the terminal too: made safe once, here.
      let text = add(VisibleText.safe(pattern.phrase).utf8)
      let suggestion = add(VisibleText.safe(pattern.suggestion).utf8)
      return Record(
        text: UInt32(text.start), textCount: UInt32(text.count),
        suggestion: UInt32(suggestion.start),
        suggestionCount: UInt32(suggestion.count),
        form: UInt32(
          Self.form(
            exact: false, banned: pattern.severity == .banned, suggested: suggestion.count > 0)))
    }
  }

  private mutating func add(_ bytes: some Collection<UInt8>) -> (start: Int, count: Int) {
    let start = store.count
    store += bytes
    return (start, store.count - start)
  }

  /// `{1}` place, `{2}` severity, `{3}` matched words, `{4}` phrase; then the suggestion's
  /// clause (`{1}` the suggestion), if any, and the newline.
  private mutating func compile(_ template: ByteTemplate, severity: [UInt8], instead: ByteTemplate?)
    -> Form
  {
    let first = steps.count
    var literal: [UInt8] = []
    var literalBytes = 0
    func flush() {
      guard !literal.isEmpty else { return }
      let span = add(literal)
      steps.append(Step(value: .literal, start: Int32(span.start), count: Int32(span.count)))
      literalBytes += literal.count
      literal = []
    }
    func append(_ pieces: [ByteTemplate.Piece], values: [Value?]) {
      for piece in pieces {
        switch piece {
        case .literal(let bytes): literal += bytes
        case .argument(let index) where values.indices.contains(index):
          if let value = values[index] {
            flush()
            steps.append(Step(value: value, start: 0, count: 0))
          } else {
            literal += severity
          }
        case .argument: continue
        }
      }
    }
    append(template.pieces, values: [.place, nil, .matched, .phrase])
    if let instead { append(instead.pieces, values: [.suggestion]) }
    literal.append(UInt8(ascii: "\n"))
    flush()
    return Form(steps: first..<steps.count, literalBytes: literalBytes)
  }

  /// Writes a line per hit of `line`, number `number` of `file`.
  func write(line number: Int, file: [UInt8]?, _ line: ScannedLine, into out: ByteSink) {
    store.withUnsafeBufferPointer { store in
      records.withUnsafeBufferPointer { records in
        steps.withUnsafeBufferPointer { steps in
          forms.withUnsafeBufferPointer { forms in
            write(
              line: number, file: file, line, store: store.baseAddress!,
              records: records.baseAddress!,
              steps: steps.baseAddress!, forms: forms.baseAddress!, into: out)
          }
        }
      }
    }
  }

  private func write(
    line number: Int, file: [UInt8]?, _ line: ScannedLine, store: UnsafePointer<UInt8>,
    records: UnsafePointer<Record>, steps: UnsafePointer<Step>, forms: UnsafePointer<Form>,
    into out: ByteSink
  ) {
    let bytes = line.bytes.baseAddress!
    // The place (`file:line:`) is the same for every flag of the line: it is written once, at
    // the end of the buffer, copied into each flag, and taken out again after the last.
    let placeStart = out.count
    if let file {
      out.append(file)
      out.append(UInt8(ascii: ":"))
    }
    out.appendDecimal(number)
    out.append(UInt8(ascii: ":"))
    let place = placeStart..<out.count
    for hit in line.hits {
      let record = records[hit.pattern]
      let matched = UnsafeBufferPointer(
        start: bytes + hit.utf8Start, count: hit.utf8End - hit.utf8Start)
      let exact =
        line.isWellFormed && Self.equal(matched, store + Int(record.text), Int(record.textCount))
      let form = forms[Int(record.form) | (exact ? 4 : 0)]
      // Room for the whole flag at once (a column has at most 20 digits; matched words grow
      // at most eightfold: a two-byte C1 control becomes `<U+0085>`), so no copy checks again.
      out.reserve(
        form.literalBytes + place.count + 21 + 8 * matched.count + Int(record.textCount)
          + Int(record.suggestionCount))
      for index in form.steps {
        let step = steps[index]
        switch step.value {
        case .literal:
          out.appendWithinCapacity(store + Int(step.start), count: Int(step.count))
        case .place:
          out.appendWithinCapacity(copyOf: place)
          out.appendDecimal(hit.start + 1)
          out.appendWithinCapacity(UInt8(ascii: ":"))
        case .matched:
          if line.isWellFormed {
            VisibleBytes.append(matched, to: out)
          } else {
            var scalars = LineScalars(line.bytes)
            scalars.skip(to: hit.start)
            scalars.copy(to: hit.end, into: out, escaping: .visible)
          }
        case .phrase:
          out.appendWithinCapacity(store + Int(record.text), count: Int(record.textCount))
        case .suggestion:
          out.appendWithinCapacity(
            store + Int(record.suggestion), count: Int(record.suggestionCount))
        }
      }
    }
    out.remove(place)
  }

  /// Whether `bytes` equals the `count` bytes at `other` (short runs: no call into libc).
  @inline(__always)
  private static func equal(
    _ bytes: UnsafeBufferPointer<UInt8>, _ other: UnsafePointer<UInt8>, _ count: Int
  ) -> Bool {
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
