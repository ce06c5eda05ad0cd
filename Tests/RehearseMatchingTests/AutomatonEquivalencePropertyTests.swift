import PropertyBased
import RehearseMatching
import Testing

/// The automaton against a brute-force reference on folded text: every occurrence of every
/// pattern, allow-list cancellation, then leftmost-longest greedy selection.
@Suite("Automaton equals the brute-force reference")
struct AutomatonEquivalencePropertyTests {
  static let patternCharacters = ["我", "不", "能", "保", "们", "1", "a"]
  static let textCharacters =
    patternCharacters + [
      "們", "A", "一", "１", " ", "，", "\u{200B}", "\u{301}", "😀", "好",
    ]

  @Test func automatonMatchesTheReference() async {
    let patterns = Gen.int(in: 0...(Self.patternCharacters.count - 1)).array(of: 1...4).array(
      of: 1...6)
    let extras = Gen.int(in: 0...(Self.patternCharacters.count - 1)).array(of: 0...2).array(
      of: 0...6)
    let text = Gen.int(in: 0...(Self.textCharacters.count - 1)).array(of: 0...30)
    await propertyCheck(count: 500, input: patterns, extras, text) { patterns, extras, text in
      let specs = Self.specs(patterns, extras)
      let line = text.map { Self.textCharacters[$0] }.joined()
      let automaton = PhraseAutomaton(patterns: specs)
      let expected = Self.reference(specs, line)
      #expect(
        automaton.matches(in: line) == expected,
        "patterns \(specs.map(\.text)) allow \(specs.map(\.allow)) text \(line.debugDescription)")
      // A last pattern that its own allow phrase always cancels changes no result, but sends
      // every line containing 我 down the path that collects every candidate: both paths agree.
      let withSlowPath = PhraseAutomaton(patterns: specs + [PatternSpec("我", allow: ["我"])])
      #expect(
        withSlowPath.matches(in: line) == expected, "slow path, text \(line.debugDescription)")
    }
  }

  /// Patterns from character indices; pattern `i` gets an allow phrase that extends it by
  /// `extras[i]` (after it for even `i`, before it for odd), when there is one.
  static func specs(_ patterns: [[Int]], _ extras: [[Int]]) -> [PatternSpec] {
    patterns.enumerated().map { index, characters in
      let text = characters.map { patternCharacters[$0] }.joined()
      guard index < extras.count, !extras[index].isEmpty else { return PatternSpec(text) }
      let extra = extras[index].map { patternCharacters[$0] }.joined()
      return PatternSpec(text, allow: [index % 2 == 0 ? text + extra : extra + text])
    }
  }

  @Test func bytesAndStringsGiveTheSameOffsets() async {
    let pieces: [[UInt8]] =
      Self.textCharacters.map { Array($0.utf8) } + [
        [0x80], [0xBF], [0xC0], [0xC2], [0xE5, 0x8F], [0xE0, 0x80], [0xED, 0xA0, 0x80],
        [0xF0, 0x9F, 0x98], [0xF4, 0x90, 0x80, 0x80], [0xFF],
      ]
    let automaton = PhraseAutomaton(patterns: [PatternSpec("我不能"), PatternSpec("们1")])
    let chosen = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...20)
    await propertyCheck(count: 500, input: chosen) { (indices: [Int]) in
      let bytes = indices.flatMap { pieces[$0] }
      let decoded = String(decoding: bytes, as: UTF8.self)
      #expect(automaton.matches(inUTF8: bytes) == automaton.matches(in: decoded), "\(bytes)")
    }
  }

  static func reference(_ specs: [PatternSpec], _ text: String) -> [PhraseHit] {
    let folder = TextFolder()
    let folded = folder.fold(text)
    let haystack = folded.scalars
    func occurrences(of needle: String) -> [Range<Int>] {
      let scalars = folder.fold(needle).scalars
      guard !scalars.isEmpty, scalars.count <= haystack.count else { return [] }
      return (0...(haystack.count - scalars.count)).filter {
        Array(haystack[$0..<($0 + scalars.count)]) == scalars
      }.map { $0..<($0 + scalars.count) }
    }
    var candidates: [(range: Range<Int>, pattern: Int)] = []
    for (pattern, spec) in specs.enumerated() {
      let allowed = spec.allow.flatMap(occurrences(of:))
      for range in occurrences(of: spec.text)
      where !allowed.contains(where: {
        $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound
      }) {
        candidates.append((range, pattern))
      }
    }
    candidates.sort {
      ($0.range.lowerBound, -$0.range.count, $0.pattern) < (
        $1.range.lowerBound, -$1.range.count, $1.pattern
      )
    }
    var hits: [PhraseHit] = []
    var takenUntil = 0
    for candidate in candidates where candidate.range.lowerBound >= takenUntil {
      let original = folded.originalRange(ofFolded: candidate.range)
      hits.append(
        PhraseHit(pattern: candidate.pattern, start: original.lowerBound, end: original.upperBound))
      takenUntil = candidate.range.upperBound
    }
    return hits
  }
}

/// States with many children are laid out as hash tables; small random pattern sets never make
/// one, so this checks them against the reference on purpose.
@Suite("Automaton with wide states") struct WideStateTests {
  static let characters = Array(
    "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文"
  )
  .map(String.init).filter { $0 != "我" && $0 != "不" }

  @Test func manyChildrenOfOneStateAreAllFound() async {
    // 我 followed by each of 60 characters, and 不我 followed by each: wide states at depth 1 and 2.
    let specs =
      Self.characters.map { PatternSpec("我" + $0) } + Self.characters.map { PatternSpec("不我" + $0) }
    let automaton = PhraseAutomaton(patterns: specs)
    let text = Gen.int(in: 0...(Self.characters.count - 1)).array(of: 0...40)
    await propertyCheck(count: 300, input: text) { indices in
      let line = indices.map { Self.characters[$0] }.joined()
      #expect(
        automaton.matches(in: line) == AutomatonEquivalencePropertyTests.reference(specs, line),
        "\(line)")
    }
    #expect(
      automaton.matches(in: "我好") == [
        PhraseHit(pattern: Self.characters.firstIndex(of: "好")!, start: 0, end: 2)
      ])
    #expect(automaton.matches(in: "我x").isEmpty)
  }
}
