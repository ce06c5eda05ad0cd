import RehearseContent
import RehearseMatching

/// Everything needed to judge answers in one pack, built once when the content is loaded:
/// the automaton of its forbidden phrases, its key elements, and its phrases as templates.
public final class PackMatcher: Sendable {
  public let pack: Pack
  private let automaton: PhraseAutomaton
  private let detector: ElementDetector
  private let scorer: PhraseScorer
  private let templates: [String: [PhraseTemplate]]

  public init(pack: Pack, folder: TextFolder = TextFolder()) {
    self.pack = pack
    automaton = PhraseAutomaton(
      patterns: pack.forbidden.map { PatternSpec($0.text, allow: $0.allow) }, folder: folder)
    detector = ElementDetector(
      elements: pack.elements.map { ElementSpec(id: $0.id, any: $0.any, all: $0.all) },
      folder: folder)
    scorer = PhraseScorer(folder: folder)
    templates = Dictionary(
      uniqueKeysWithValues: pack.phrases.map { phrase in
        (phrase.id, phrase.wordings.map(PhraseTemplate.init))
      })
  }

  /// The pack's forbidden phrases in `text`, leftmost-longest, allow-lists applied.
  public func flags(in text: String) -> [ForbiddenFlag] {
    automaton.matches(in: text).map { hit in
      ForbiddenFlag(
        phrase: pack.forbidden[hit.pattern], range: hit.range, matched: text.scalars(hit.range))
    }
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

  /// How well `answer` says a model text given directly (a dialogue's model answer).
  public func score(_ answer: String, againstModel model: String) -> PhraseScore {
    scorer.score(answer: answer, template: PhraseTemplate(model))
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
