/// A heading under which a pack groups its rules (duties, conduct, discipline, …).
public struct Topic: Sendable, Hashable {
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
public enum Severity: String, CaseIterable, Sendable, Comparable {
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
  public var text: String
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
public enum DressArea: String, CaseIterable, Sendable {
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
public struct ProcedureStep: Sendable {
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

/// Something a good answer must contain (a greeting, a self-introduction, …), recognised by cues.
public struct KeyElement: ContentItem {
  public static let kind = ItemKind.element
  public var id: String
  public var name: String
  /// The element is present when any one of these appears (they may have `{slots}`).
  public var any: [String]
  /// …and every one of these appears.
  public var all: [String]
  public var source: String
  public var location: SourceLocation
  public var headline: String { name }
}
