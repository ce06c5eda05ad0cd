/// The kinds of item a content pack holds; the raw value is the top-level YAML key.
public enum ItemKind: String, CaseIterable, Sendable, Comparable {
  case rule = "rules"
  case phrase = "phrases"
  case forbidden = "forbidden"
  case dress = "dress"
  case kit = "kit"
  case procedure = "procedures"
  case element = "elements"
  case question = "questions"
  case dialogue = "dialogues"

  public static func < (lhs: ItemKind, rhs: ItemKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// What every item in a pack has: a stable id, a citation, and where it was written.
public protocol ContentItem: Sendable, Codable {
  static var kind: ItemKind { get }
  /// Unique within its pack, across all kinds.
  var id: String { get }
  /// Where in the source document this comes from (article, section, sentence).
  var source: String { get }
  /// Where in the content files this item was written.
  var location: SourceLocation { get }
  /// The one line that names the item in lists and search results.
  var headline: String { get }
}
