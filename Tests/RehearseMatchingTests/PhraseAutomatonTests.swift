import RehearseMatching
import Testing

@Suite("Phrase automaton") struct PhraseAutomatonTests {
  static let notOurFault = PhraseAutomaton(patterns: [PatternSpec("这不可能是我们的错")])

  @Test(arguments: [
    ("這不可能是我們的錯", 0..<9),
    ("这 不 可 能 是 我 们 的 错", 0..<17),
    ("这—不可能—是我们的错！", 0..<11),
  ])
  func forbiddenSpellingsAreFoundWithTheirOriginalSpan(text: String, span: Range<Int>) {
    #expect(
      Self.notOurFault.matches(in: text) == [
        PhraseHit(pattern: 0, start: span.lowerBound, end: span.upperBound)
      ])
  }

  @Test func theRecommendedRefusalIsNotFlaggedForTheCompanyRulePhrase() {
    let automaton = PhraseAutomaton(patterns: [
      PatternSpec("这是我们公司的规定"), PatternSpec("这不可能是我们的错"), PatternSpec("不知道"),
    ])
    #expect(automaton.matches(in: "谢谢您，公司规定，不得接受客户的烟茶招待，请原谅").isEmpty)
    #expect(automaton.matches(in: "謝謝您，公司規定，不得接受客戶的煙茶招待，請原諒").isEmpty)
    #expect(automaton.matches(in: "这是我们 公司的规定。") == [PhraseHit(pattern: 0, start: 0, end: 10)])
  }

  @Test func leftmostLongestPrefersTheLongerPhraseAtTheSameStart() {
    let automaton = PhraseAutomaton(patterns: [PatternSpec("我不能"), PatternSpec("我不能保证")])
    #expect(automaton.matches(in: "我不能保证按时完成") == [PhraseHit(pattern: 1, start: 0, end: 5)])
    #expect(automaton.matches(in: "我不能去") == [PhraseHit(pattern: 0, start: 0, end: 3)])
    #expect(automaton.matches(in: "我不能，保证") == [PhraseHit(pattern: 1, start: 0, end: 6)])
  }

  @Test func leftmostWinsOverLongerLaterOverlaps() {
    let automaton = PhraseAutomaton(patterns: [PatternSpec("不能"), PatternSpec("能保证按时")])
    #expect(automaton.matches(in: "不能保证按时") == [PhraseHit(pattern: 0, start: 0, end: 2)])
    #expect(
      automaton.matches(in: "不能，又不能") == [
        PhraseHit(pattern: 0, start: 0, end: 2), PhraseHit(pattern: 0, start: 4, end: 6),
      ])
  }

  @Test func samePhraseTwiceReportsTheLowerIndex() {
    let automaton = PhraseAutomaton(patterns: [PatternSpec("不知道"), PatternSpec("不 知道")])
    #expect(automaton.matches(in: "我不知道") == [PhraseHit(pattern: 0, start: 1, end: 4)])
  }

  @Test func anAllowPhraseCancelsHitsInsideIt() {
    let automaton = PhraseAutomaton(patterns: [PatternSpec("但是", allow: ["但是您放心"])])
    #expect(automaton.matches(in: "但是您放心，我们马上处理").isEmpty)
    #expect(automaton.matches(in: "但是，您放心").isEmpty)
    #expect(automaton.matches(in: "但是不行") == [PhraseHit(pattern: 0, start: 0, end: 2)])
    #expect(automaton.matches(in: "但是您放心，但是") == [PhraseHit(pattern: 0, start: 6, end: 8)])
  }

  @Test func anAllowPhraseExcusesOnlyItsOwnPattern() {
    let automaton = PhraseAutomaton(patterns: [
      PatternSpec("但是", allow: ["但是您放心"]), PatternSpec("您放心"),
    ])
    #expect(automaton.matches(in: "但是您放心") == [PhraseHit(pattern: 1, start: 2, end: 5)])
  }

  @Test func aCancelledHitDoesNotHideAnOverlappingPattern() {
    let automaton = PhraseAutomaton(patterns: [
      PatternSpec("我不能", allow: ["我不能不说"]), PatternSpec("不能不"),
    ])
    #expect(automaton.matches(in: "我不能不说") == [PhraseHit(pattern: 1, start: 1, end: 4)])
  }

  @Test func aSharedTextIsReportedForThePatternWhoseAllowPhraseDoesNotCoverIt() {
    let automaton = PhraseAutomaton(patterns: [
      PatternSpec("但是", allow: ["但是您放心"]), PatternSpec("但是"),
    ])
    #expect(automaton.matches(in: "但是您放心") == [PhraseHit(pattern: 1, start: 0, end: 2)])
  }

  @Test func aRecommendedPhraseContainingTheForbiddenTextIsNotFlagged() {
    let automaton = PhraseAutomaton(patterns: [
      PatternSpec("这是我们公司的规定", allow: ["很抱歉，这是我们公司的规定，我帮您看看还有什么别的办法"])
    ])
    #expect(automaton.matches(in: "很抱歉，這是我們公司的規定，我幫您看看還有什麼別的辦法。").isEmpty)
  }

  @Test func offsetsCountAstralScalarsAndCombiningMarks() {
    let automaton = PhraseAutomaton(patterns: [PatternSpec("不可能"), PatternSpec("cafe")])
    #expect(automaton.matches(in: "😀𠀀不可能") == [PhraseHit(pattern: 0, start: 2, end: 5)])
    #expect(automaton.matches(in: "a cafe\u{301}!") == [PhraseHit(pattern: 1, start: 2, end: 7)])
    #expect(automaton.matches(in: "不不不可能能") == [PhraseHit(pattern: 0, start: 0, end: 6)])
  }

  @Test func scalarsAboveTheBasicPlaneMatchToo() {
    // 𠀀 (U+20000) is in a pattern; 𝐕𝐈𝐏 (mathematical bold, U+1D415…) folds to `vip`.
    let automaton = PhraseAutomaton(patterns: [PatternSpec("我𠀀你"), PatternSpec("VIP客户")])
    #expect(automaton.matches(in: "说我 𠀀你") == [PhraseHit(pattern: 0, start: 1, end: 5)])
    #expect(automaton.matches(in: "𝐕𝐈𝐏客户") == [PhraseHit(pattern: 1, start: 0, end: 5)])
    #expect(automaton.matches(in: "我𠀁你").isEmpty)
  }

  @Test func aLongLineIsScannedWhole() {
    let automaton = PhraseAutomaton(patterns: [
      PatternSpec("不可能"), PatternSpec("但是", allow: ["但是您放心"]),
    ])
    let unit = "这不可能。但是您放心，但是"
    let line = String(repeating: unit, count: 20_000)
    let hits = automaton.matches(in: line)
    #expect(hits.count == 40_000)
    #expect(hits.last == PhraseHit(pattern: 1, start: 20_000 * 13 - 2, end: 20_000 * 13))
  }

  @Test func numbersMatchAcrossSpellingsButRepeatedDigitsStayDistinct() {
    let automaton = PhraseAutomaton(patterns: [PatternSpec("打10086")])
    #expect(automaton.matches(in: "您打幺零零八六吧") == [PhraseHit(pattern: 0, start: 1, end: 7)])
    #expect(automaton.matches(in: "您打１００８６") == [PhraseHit(pattern: 0, start: 1, end: 7)])
    #expect(automaton.matches(in: "打1086").isEmpty)
  }

  @Test func patternsOfOnlyNoiseNeverMatch() {
    let automaton = PhraseAutomaton(patterns: [PatternSpec("！！"), PatternSpec("好")])
    #expect(automaton.unmatchablePatterns == [0])
    #expect(automaton.matches(in: "好！！") == [PhraseHit(pattern: 1, start: 0, end: 1)])
  }

  @Test func anEmptyAutomatonFindsNothing() {
    let automaton = PhraseAutomaton(patterns: [])
    #expect(automaton.matches(in: "这不可能是我们的错").isEmpty)
    #expect(automaton.matches(in: "").isEmpty)
  }

  @Test func theUTF8PathAgreesWithTheStringPath() {
    let automaton = PhraseAutomaton(patterns: [PatternSpec("我们的错"), PatternSpec("不可能")])
    let text = "這不可能是我們的錯！"
    #expect(automaton.matches(inUTF8: Array(text.utf8)) == automaton.matches(in: text))
    var scanner = automaton.makeScanner()
    var hits: [PhraseHit] = []
    for _ in 0..<3 {
      Array(text.utf8).withUnsafeBufferPointer { scanner.scan(utf8: $0, into: &hits) }
      #expect(hits == automaton.matches(in: text))
    }
  }

  @Test func illFormedUTF8CountsAsReplacementCharacters() {
    let automaton = PhraseAutomaton(patterns: [PatternSpec("不可能")])
    // A lone continuation byte, a truncated three-byte sequence (one maximal subpart, so one
    // U+FFFD) and an invalid lead, around and inside the phrase.
    let bytes: [UInt8] = [0x80] + Array("不".utf8) + [0xE5, 0x8F] + Array("可能".utf8) + [0xFF]
    let decoded = String(decoding: bytes, as: UTF8.self)
    #expect(decoded.unicodeScalars.count == 6)
    #expect(automaton.matches(inUTF8: bytes) == [PhraseHit(pattern: 0, start: 1, end: 5)])
  }

  // Character classes are kept in 16 bits; a phrase list with more distinct characters than
  // that holds (every CJK ideograph and Hangul syllable) sends the rest to a wider table.
  @Test func phrasesBeyondTheSixteenBitClassesAreStillFound() {
    let scalars =
      (0x3400...0x9FFF).compactMap(Unicode.Scalar.init)
      + (0xAC00...0xD7A3).compactMap(Unicode.Scalar.init)
    let phrases = scalars.map { String(Character($0)) }
    let folder = TextFolder()
    #expect(Set(phrases.flatMap { folder.foldedValues($0) }).count > 0x8000)
    let automaton = PhraseAutomaton(patterns: phrases.map { PatternSpec($0) })
    let last = phrases.count - 1
    // 힣, the last syllable, has one of the highest classes; x has none.
    let text = "x힢 힣"
    let expected = [
      PhraseHit(pattern: last - 1, start: 1, end: 2), PhraseHit(pattern: last, start: 3, end: 4),
    ]
    #expect(automaton.matches(in: text) == expected)
    var scanner = automaton.makeScanner()
    var lines: [[PhraseHit]] = []
    Array((text + "\n").utf8).withUnsafeBufferPointer {
      scanner.scanLines($0) { lines.append($0.hits.map(\.phraseHit)) }
    }
    #expect(lines == [expected])
  }
}
