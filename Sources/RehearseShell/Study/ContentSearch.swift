import RehearseContent

/// Finds items whose text contains every search word, comparing folded text so that how a word
/// is typed (traditional or simplified, full- or half-width, spaced out) does not matter.
///
/// Every item's texts are folded once, when the index is built, not again for each search.
struct ContentSearch {
  struct Hit {
    var pack: Pack
    var item: any ContentItem
    /// The field that matched, for the result line.
    var excerpt: String
  }

  private struct Entry {
    var pack: Pack
    var item: any ContentItem
    var texts: [String]
    var folded: [String]
    /// The folded fields joined, so that all words can be looked for in one string.
    var haystack: String
  }

  private let fold: (String) -> String
  private let entries: [Entry]

  init(packs: [Pack], fold: @escaping (String) -> String) {
    self.fold = fold
    entries = packs.flatMap { pack in
      pack.allItems.map { item in
        let texts = Self.searchableTexts(of: item, in: pack)
        let folded = texts.map(fold)
        return Entry(
          pack: pack, item: item, texts: texts, folded: folded,
          haystack: folded.joined(separator: "\u{1}"))
      }
    }
  }

  /// The items with every word, in the packs named by `packIDs` (all packs when nil).
  func search(_ words: [String], inPacks packIDs: Set<String>? = nil) -> [Hit] {
    let needles = words.map(fold).filter { !$0.isEmpty }
    guard !needles.isEmpty else { return [] }
    return entries.compactMap { entry in
      if let packIDs, !packIDs.contains(entry.pack.id) { return nil }
      guard needles.allSatisfy(entry.haystack.contains) else { return nil }
      // Show the first field that holds a word, so the result says why it matched.
      let index = entry.folded.firstIndex { field in needles.contains { field.contains($0) } } ?? 0
      return Hit(pack: entry.pack, item: entry.item, excerpt: entry.texts[index])
    }
  }

  /// Every text of an item a trainer might search for, headline first.
  static func searchableTexts(of item: any ContentItem, in pack: Pack) -> [String] {
    var texts = [item.headline, item.id, item.source]
    switch item {
    case let rule as Rule:
      texts +=
        [rule.note].compactMap { $0 } + rule.limits.map(\.subject) + [
          pack.topic(withID: rule.topic)?.title ?? ""
        ]
    case let phrase as Phrase:
      texts += [phrase.situation] + phrase.variants + [phrase.note].compactMap { $0 }
    case let forbidden as ForbiddenPhrase:
      texts += [forbidden.instead, forbidden.why].compactMap { $0 } + forbidden.allow
    case let kit as KitItem:
      texts += [kit.note].compactMap { $0 }
    case let procedure as Procedure:
      texts += [procedure.summary].compactMap { $0 } + procedure.limits.map(\.subject)
      texts += procedure.steps.flatMap { [$0.title, $0.text] + $0.limits.map(\.subject) }
    case let element as KeyElement:
      texts += element.any + element.all
    case let question as Question:
      texts += [question.explanation]
    case let dialogue as Dialogue:
      texts += [dialogue.scene] + dialogue.steps.flatMap { [$0.customer, $0.model] }
    default:
      break
    }
    return texts
  }
}
