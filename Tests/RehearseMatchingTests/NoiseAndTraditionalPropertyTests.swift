import Foundation
import PropertyBased
import RehearseMatching
import Testing

/// Properties (x-sheep/swift-property-based: random inputs, shrunk on failure, reproducible with
/// the seed it prints): noise inside a forbidden phrase, or traditional characters, never hide it.
@Suite("Noise and traditional characters never hide a phrase")
struct NoiseAndTraditionalPropertyTests {
  /// Forbidden phrases from the source standards; none contains or overlaps another.
  static let phrases = [
    "这不可能是我们的错", "这是我们公司的规定", "你问我我问谁", "我不知道", "打10086",
    "没看我正忙着吗", "你自己看说明书", "我们下班了", "有意见找领导去", "不归我管",
    "你听清楚了没有", "这个我不负责", "明天再来吧", "电脑坏了办不了",
  ]
  static let automaton = PhraseAutomaton(patterns: phrases.map { PatternSpec($0) })

  static let noise = [
    " ", "\u{3000}", "\u{00A0}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{200A}", "\u{202F}",
    "\t", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "—", "–", "-", "－", "―",
    "～", "~", "…", "，", "。", "！", "？", "、", "；", "：", "·", "「", "」", "（", "）", ",", ".",
    "!", "?", "*", "/", "\\", "_", "#", "@", "★", "♪", "😀", "→",
  ]

  /// Inserts noise strings between the characters of `phrase`, at gaps chosen by `insertions`.
  static func insertNoise(_ insertions: [(Int, Int)], into phrase: String) -> String {
    var characters = phrase.map { String($0) }
    for (gap, noiseIndex) in insertions {
      let index = 1 + gap % max(characters.count - 1, 1)
      characters[index - 1] += noise[noiseIndex]
    }
    return characters.joined()
  }

  static let noiseIndex = Gen.int(in: 0...(noise.count - 1))
  static let insertions = zip(Gen.int(in: 0...100), noiseIndex).array(of: 1...8)
  static let phraseIndex = Gen.int(in: 0...(phrases.count - 1))

  @Test func noiseInsideAPhraseNeverHidesIt() async {
    await propertyCheck(count: 300, input: Self.phraseIndex, Self.insertions) {
      index, insertions in
      let noisy = Self.insertNoise(insertions, into: Self.phrases[index])
      let line = "您好，" + noisy + "。"
      let length = noisy.unicodeScalars.count
      #expect(
        Self.automaton.matches(in: line) == [PhraseHit(pattern: index, start: 3, end: 3 + length)],
        "\(line.debugDescription)")
    }
  }

  @Test func traditionalCharactersNeverHideAPhrase() async {
    await propertyCheck(
      count: 300, input: Self.phraseIndex, Gen.bool.array(of: 12),
      Self.insertions.array(of: 0...1)
    ) { index, converted, insertions in
      // Convert a random subset of the characters, as a trainee with a mixed input method would.
      let phrase = Self.phrases[index]
      var mixed = ""
      for (offset, character) in phrase.enumerated() {
        let single = String(character)
        mixed += converted[offset % converted.count] ? Self.traditional(single) : single
      }
      let line = Self.insertNoise(insertions.first ?? [], into: mixed)
      let hits = Self.automaton.matches(in: line)
      #expect(hits.map(\.pattern) == [index], "\(line.debugDescription)")
      #expect(hits.first?.range == 0..<line.unicodeScalars.count)
    }
  }

  @Test func wholePhrasesInTraditionalAreFound() {
    for (index, phrase) in Self.phrases.enumerated() {
      let traditional = Self.traditional(phrase)
      #expect(Self.automaton.matches(in: traditional).map(\.pattern) == [index], "\(traditional)")
    }
  }

  /// ICU's simplified→traditional, a source of traditional spellings independent of the table.
  static func traditional(_ text: String) -> String {
    text.applyingTransform(StringTransform("Hans-Hant"), reverse: false) ?? text
  }
}
