/// A heading under which a pack groups its rules (duties, conduct, discipline, …).
public struct Topic: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
  public var location: SourceLocation
}

/// A rule of conduct: something staff must or must not do.
public struct Rule: ContentItem {
  public static let kind = ItemKind.rule
  public var id: String
  public var topic: String
  public var text: String
  public var limits: [TimeLimit]
  public var note: String?
  public var source: String
  public var location: SourceLocation
  public var headline: String { text }
}

/// A scripted phrase, verbatim from the standard, with `{slot}` placeholders.
public struct Phrase: ContentItem {
  public static let kind = ItemKind.phrase
  public var id: String
  /// When to say it.
  public var situation: String
  public var text: String
  /// Other wordings the standard gives for the same moment.
  public var variants: [String]
  /// Ids of the key elements this phrase carries.
  public var elements: [String]
  public var note: String?
  public var source: String
  public var location: SourceLocation
  public var headline: String { text }
  /// The phrase and its variants, the first being the standard wording.
  public var wordings: [String] { [text] + variants }
}

/// How firmly a standard rules out a phrase.
public enum Severity: String, CaseIterable, Sendable, Comparable, Codable {
  /// The document forbids it outright.
  case banned
  /// The document advises against it.
  case discouraged

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs == .banned && rhs == .discouraged
  }
}

/// A phrase or negative wording that staff must not (or should not) say.
public struct ForbiddenPhrase: ContentItem {
  public static let kind = ItemKind.forbidden
  public var id: String
  /// The wording as shown; for a pattern, the pattern as written unless `text` is given.
  public var text: String
  /// A family of wordings (`(找|打|拨)…10086`): `(a|b)` alternatives, `…` a gap of up to
  /// `WordingPattern.maximumGap` characters within a clause. `nil` for an exact phrase.
  public var pattern: String?
  public var severity: Severity
  /// A better thing to say.
  public var instead: String
  /// Longer phrases that contain `text` but are fine to say; a hit inside one is cancelled.
  public var allow: [String]
  /// Why it hurts, in the document's words where it gives them.
  public var why: String?
  public var source: String
  public var location: SourceLocation
  public var headline: String { text }
}

/// The part of a person's appearance a grooming or dress item concerns.
public enum DressArea: String, CaseIterable, Sendable, Codable {
  case hair, face, clothing, badge, footwear, accessories, hygiene, demeanour
}

/// A grooming or dress requirement.
public struct DressItem: ContentItem {
  public static let kind = ItemKind.dress
  public var id: String
  public var area: DressArea
  public var text: String
  public var source: String
  public var location: SourceLocation
  public var headline: String { text }
}

/// Something a visit requires staff to carry.
public struct KitItem: ContentItem {
  public static let kind = ItemKind.kit
  public var id: String
  public var text: String
  public var note: String?
  public var source: String
  public var location: SourceLocation
  public var headline: String { text }
}

/// One step of a procedure.
public struct ProcedureStep: Sendable, Codable {
  public var title: String
  public var text: String
  /// Who does it, where the document says.
  public var actor: String?
  public var limits: [TimeLimit]
  public var source: String
  public var location: SourceLocation
}

/// An on-site or back-office procedure: ordered steps with their time limits.
public struct Procedure: ContentItem {
  public static let kind = ItemKind.procedure
  public var id: String
  public var title: String
  public var summary: String?
  public var steps: [ProcedureStep]
  public var limits: [TimeLimit]
  public var source: String
  public var location: SourceLocation
  public var headline: String { title }
}

/// How a quantity in an answer must compare with the one an element states.
public enum QuantityRelation: String, CaseIterable, Sendable, Codable {
  case atMost = "at-most"
  case atLeast = "at-least"
  case exactly
}

/// A time an answer must state, compared as a value with a unit (「半小时」 meets at most 1 hour,
/// 「22小时」 does not meet at most 2 hours).
public struct QuantityRequirement: Sendable, Hashable, Codable {
  public var relation: QuantityRelation
  public var value: Int
  public var unit: TimeUnit

  public init(relation: QuantityRelation, value: Int, unit: TimeUnit) {
    self.relation = relation
    self.value = value
    self.unit = unit
  }

  /// The stated quantity in minutes, in floating point so that a value near the integer range
  /// (which `validate` accepts) cannot overflow; answers are compared with it as numbers.
  public var minutes: Double { Double(value) * Double(unit.minutes) }
}

/// Something a good answer must contain (a greeting, a self-introduction, …), recognised by cues.
///
/// Every condition the element states must hold: one of `any`, each of `all`, the `near` groups
/// in order, none of `without`, and a quantity that meets `quantity`. A cue inside the scope of a
/// negation (不、没、别 … before it in the same clause) does not count unless the element is
/// `negative`. The cues are for the scorer and for trainers; trainees see `name` and `rule`.
public struct KeyElement: ContentItem {
  public static let kind = ItemKind.element
  /// Folded characters allowed between consecutive `near` groups when `within` is not given.
  public static let defaultWithin = 6
  public var id: String
  public var name: String
  /// The behaviour, as trainees are taught it (shown with the citation); cues never are.
  public var rule: String?
  /// The element is present when any one of these appears (they may have `{slots}`).
  public var any: [String]
  /// …and every one of these appears.
  public var all: [String]
  /// …and these groups of synonyms appear in this order, each within `within` folded
  /// characters of the one before.
  public var near: [[String]]
  public var within: Int
  /// …and none of these appears (a required absence).
  public var without: [String]
  /// …and the answer states a time that meets this.
  public var quantity: QuantityRequirement?
  /// The element is itself a negative statement (「不会让您白跑」), so negation does not cancel it.
  public var negative: Bool
  public var source: String
  public var location: SourceLocation
  public var headline: String { name }

  public init(
    id: String, name: String, rule: String? = nil, any: [String] = [], all: [String] = [],
    near: [[String]] = [], within: Int = KeyElement.defaultWithin, without: [String] = [],
    quantity: QuantityRequirement? = nil, negative: Bool = false, source: String,
    location: SourceLocation
  ) {
    self.id = id
    self.name = name
    self.rule = rule
    self.any = any
    self.all = all
    self.near = near
    self.within = within
    self.without = without
    self.quantity = quantity
    self.negative = negative
    self.source = source
    self.location = location
  }

  /// Every cue the element is written with, for trainers and checks.
  public var cues: [String] { any + all + near.flatMap { $0 } }
}
