/// One content pack: everything rehearse teaches from one service standard.
public struct Pack: Sendable, Codable {
  public var id: String
  public var title: String
  /// How feedback cites the source document, e.g. 《客户代表服务规范及工作流程（试行）》.
  public var document: String
  public var issued: String?
  /// Who the standard is for (客户代表, 营业员, …).
  public var audience: [String]
  public var summary: String?
  public var topics: [Topic]
  /// A base pack (`base: true`, e.g. `content/common`): every other pack inherits its elements
  /// and forbidden wording, and may override any of them by using the same id.
  public var isBase = false
  /// The ids of the elements and forbidden wording this pack took from the base.
  public var inheritedIDs: Set<String> = []
  /// The base pack's document, which cites the items this pack inherited.
  public var baseDocument: String?
  public var rules: [Rule] = []
  public var phrases: [Phrase] = []
  public var forbidden: [ForbiddenPhrase] = []
  public var dress: [DressItem] = []
  public var kit: [KitItem] = []
  public var procedures: [Procedure] = []
  public var elements: [KeyElement] = []
  public var questions: [Question] = []
  public var dialogues: [Dialogue] = []
  /// Where `pack:` was declared.
  public var location: SourceLocation
  /// A hash of the pack's files (`fnv1a64:…`), recorded with every answer; nil for a pack not
  /// loaded from files.
  public var version: String?

  public init(
    id: String, title: String, document: String, issued: String? = nil,
    audience: [String] = [], summary: String? = nil, topics: [Topic] = [],
    location: SourceLocation
  ) {
    self.id = id
    self.title = title
    self.document = document
    self.issued = issued
    self.audience = audience
    self.summary = summary
    self.topics = topics
    self.location = location
  }

  /// Every item of every kind, in kind order then file order.
  public var allItems: [any ContentItem] {
    rules as [any ContentItem] + phrases + forbidden + dress + kit + procedures + elements
      + questions + dialogues
  }

  /// The items of one kind.
  public func items(of kind: ItemKind) -> [any ContentItem] {
    switch kind {
    case .rule: rules
    case .phrase: phrases
    case .forbidden: forbidden
    case .dress: dress
    case .kit: kit
    case .procedure: procedures
    case .element: elements
    case .question: questions
    case .dialogue: dialogues
    }
  }

  public func item(withID id: String) -> (any ContentItem)? {
    allItems.first { $0.id == id }
  }

  public func topic(withID id: String) -> Topic? {
    topics.first { $0.id == id }
  }

  /// The full citation of an item: the document, then where in it.
  public func citation(for item: any ContentItem) -> String {
    if inheritedIDs.contains(item.id), let baseDocument {
      return Self.cite(document: baseDocument, source: item.source)
    }
    return citation(source: item.source)
  }

  public func citation(source: String) -> String {
    Self.cite(document: document, source: source)
  }

  /// Takes the base's elements and forbidden wording that this pack does not define itself.
  public mutating func inherit(from base: Pack) {
    let own = Set(allItems.map(\.id))
    let elements = base.elements.filter { !own.contains($0.id) }
    let forbidden = base.forbidden.filter { !own.contains($0.id) }
    self.elements += elements
    self.forbidden += forbidden
    inheritedIDs = Set(elements.map(\.id) + forbidden.map(\.id))
    baseDocument = base.document
  }

  private static func cite(document: String, source: String) -> String {
    // 《文件》第七条 reads as one phrase; a document named without brackets needs a space.
    let closesItself = document.last.map { "》」）)".contains($0) } ?? false
    return closesItself ? document + source : "\(document) \(source)"
  }
}
