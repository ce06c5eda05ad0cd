import RehearseContent
import RehearseMatching

/// Everything needed to judge answers in one pack, built once when the content is loaded:
/// the automaton of its forbidden phrases, its key elements, and its phrases as templates.
public final class PackMatcher: Sendable {
  public let pack: Pack
  private let automaton: PhraseAutomaton
  /// The forbidden items written as exact text, in automaton pattern order.
  private let exactForbidden: [ForbiddenPhrase]
  /// The forbidden items written as patterns, compiled.
  private let patternForbidden: [(phrase: ForbiddenPhrase, pattern: WordingPattern)]
  private let folder: TextFolder
  private let detector: ElementDetector
  private let scorer: PhraseScorer
  private let templates: [String: [PhraseTemplate]]

  public init(pack: Pack, folder: TextFolder = TextFolder()) {
    self.pack = pack
    self.folder = folder
    exactForbidden = pack.forbidden.filter { $0.pattern == nil }
    automaton = PhraseAutomaton(
      patterns: exactForbidden.map { PatternSpec($0.text, allow: $0.allow) }, folder: folder)
    patternForbidden = pack.forbidden.compactMap { phrase in
      guard let source = phrase.pattern, case .success(let pieces) = PatternSyntax.parse(source)
      else { return nil }
      let allow = phrase.allow.map { text -> [WordingPattern.Term] in
        if case .success(let allowPieces) = PatternSyntax.parse(text) {
          return allowPieces.map(Self.term)
        }
        return [.oneOf([text])]
      }
      return (
        phrase,
        WordingPattern(
          terms: pieces.map(Self.term), allow: allow, maximumGap: PatternSyntax.maximumGap,
          folder: folder)
      )
    }
    detector = ElementDetector(elements: pack.elements.map(Self.spec), folder: folder)
    scorer = PhraseScorer(folder: folder)
    templates = Dictionary(
      uniqueKeysWithValues: pack.phrases.map { phrase in
        (phrase.id, phrase.wordings.map(PhraseTemplate.init))
      })
  }

  /// The pack's forbidden wording in `text` (exact phrases leftmost-longest, then patterns),
  /// allow-lists applied, in the order they appear.
  public func flags(in text: String) -> [ForbiddenFlag] {
    var flags = automaton.matches(in: text).map { hit in
      ForbiddenFlag(
        phrase: exactForbidden[hit.pattern], range: hit.range, matched: text.scalars(hit.range))
    }
    let claused = patternForbidden.isEmpty ? nil : ClausedText(text, folder: folder)
    for (phrase, pattern) in patternForbidden {
      for range in pattern.matches(in: claused!) {
        flags.append(ForbiddenFlag(phrase: phrase, range: range, matched: text.scalars(range)))
      }
    }
    return flags.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  private static func term(_ piece: PatternPiece) -> WordingPattern.Term {
    switch piece {
    case .oneOf(let words): .oneOf(words)
    case .gap: .gap
    }
  }

  /// The matcher's view of a content element.
  static func spec(_ element: KeyElement) -> ElementSpec {
    ElementSpec(
      id: element.id, any: element.any, all: element.all, near: element.near,
      within: element.within, without: element.without,
      quantity: element.quantity.map { quantity in
        let relation: QuantitySpec.Relation =
          switch quantity.relation {
          case .atMost: .atMost
          case .atLeast: .atLeast
          case .exactly: .exactly
          }
        return QuantitySpec(relation: relation, minutes: Double(quantity.minutes))
      },
      negative: element.negative)
  }

  /// Which of the pack's key elements `text` contains.
  public func elements(in text: String) -> ElementReport {
    detector.detect(in: text)
  }

  /// How well `answer` says the phrase `id`: the best score over its wordings.
  public func score(_ answer: String, againstPhrase id: String) -> PhraseScore? {
    templates[id]?.map { scorer.score(answer: answer, template: $0) }.max {
      $0.similarity < $1.similarity
    }
  }
}

/// The matchers of every pack of a library, built once.
public struct PracticeLibrary: Sendable {
  public let content: ContentLibrary
  private let matchers: [String: PackMatcher]

  public init(content: ContentLibrary) {
    self.content = content
    let folder = TextFolder()
    matchers = Dictionary(
      uniqueKeysWithValues: content.packs.map { ($0.id, PackMatcher(pack: $0, folder: folder)) })
  }

  public func matcher(for packID: String) -> PackMatcher? {
    matchers[packID]
  }
}
