/// A key element a good answer contains — a greeting, a self-introduction — and the cues that
/// show it.
///
/// The element is present when every condition it states holds: at least one `any` cue appears
/// (or there are none), every `all` cue appears, the `near` groups appear in order each within
/// `within` folded characters of the one before, no `without` cue appears, and a time in the
/// answer meets `quantity`. A cue in the scope of a negation does not count unless the element
/// is `negative`. Cues may contain slots (`请问{surname}先生`). An element with no condition to
/// find is never present: there is nothing to find.
public struct ElementSpec: Sendable, Hashable {
  public var id: String
  public var any: [String]
  public var all: [String]
  public var near: [[String]]
  public var within: Int
  public var without: [String]
  public var quantity: QuantitySpec?
  public var negative: Bool

  public init(
    id: String, any: [String] = [], all: [String] = [], near: [[String]] = [], within: Int = 6,
    without: [String] = [], quantity: QuantitySpec? = nil, negative: Bool = false
  ) {
    self.id = id
    self.any = any
    self.all = all
    self.near = near
    self.within = within
    self.without = without
    self.quantity = quantity
    self.negative = negative
  }
}

/// A time an answer must state, compared as a value (in minutes) by a relation.
public struct QuantitySpec: Sendable, Hashable {
  public enum Relation: Sendable, Hashable {
    case atMost, atLeast, exactly
  }

  public var relation: Relation
  public var minutes: Double

  public init(relation: Relation, minutes: Double) {
    self.relation = relation
    self.minutes = minutes
  }

  /// Whether a stated time meets the requirement.
  public func isMet(by stated: Double) -> Bool {
    switch relation {
    case .atMost: stated <= minutes + 1e-9
    case .atLeast: stated + 1e-9 >= minutes
    case .exactly: abs(stated - minutes) < 1e-9
    }
  }
}
