/// Where a cue was found in an answer.
public struct CueMatch: Sendable, Hashable {
  /// The cue, as written in the element.
  public let cue: String
  /// Where it is in the answer, in Unicode scalars.
  public let range: Range<Int>
  /// The answer's words in the cue's slots, if it has any.
  public let slots: [SlotFilling]

  public init(cue: String, range: Range<Int>, slots: [SlotFilling]) {
    self.cue = cue
    self.range = range
    self.slots = slots
  }
}

/// Whether one element is in an answer, and the evidence.
public struct ElementResult: Sendable, Hashable {
  public let id: String
  public let isPresent: Bool
  /// The `any` cues found (every one that appears, so feedback can underline them all).
  public let foundAny: [CueMatch]
  /// The `all` cues found.
  public let foundAll: [CueMatch]
  /// The `all` cues not found.
  public let missingAll: [String]
  /// The `any` cues, when none of them was found (any one would have done); else empty.
  public let missingAny: [String]
  /// Cues found in the scope of a negation, which therefore did not count.
  public let negated: [CueMatch]
  /// `without` cues that appear, which keep the element from being met.
  public let forbiddenPresent: [CueMatch]
  /// Where the answer states a time that meets the element's quantity.
  public let quantityStated: Range<Int>?
  /// The element states a quantity and no time in the answer meets it.
  public let quantityMissing: Bool

  public init(
    id: String, isPresent: Bool, foundAny: [CueMatch], foundAll: [CueMatch],
    missingAll: [String], missingAny: [String], negated: [CueMatch] = [],
    forbiddenPresent: [CueMatch] = [], quantityStated: Range<Int>? = nil,
    quantityMissing: Bool = false
  ) {
    self.id = id
    self.isPresent = isPresent
    self.foundAny = foundAny
    self.foundAll = foundAll
    self.missingAll = missingAll
    self.missingAny = missingAny
    self.negated = negated
    self.forbiddenPresent = forbiddenPresent
    self.quantityStated = quantityStated
    self.quantityMissing = quantityMissing
  }
}

/// Which elements an answer contains, in the order they were given.
public struct ElementReport: Sendable, Hashable {
  public let results: [ElementResult]
  /// How many characters the answer has once folded (noise skipped).
  public let foldedCount: Int
  /// How many of them lie inside a cue that counted, for any element.
  public let coveredCount: Int

  public init(results: [ElementResult], foldedCount: Int = 0, coveredCount: Int = 0) {
    self.results = results
    self.foldedCount = foldedCount
    self.coveredCount = coveredCount
  }

  /// Folded characters of the answer that are not cue words: the answer's own wording.
  public var uncoveredCount: Int { foldedCount - coveredCount }

  /// The ids of the elements present.
  public var present: [String] { results.filter(\.isPresent).map(\.id) }
  /// The ids of the elements missing.
  public var missing: [String] { results.filter { !$0.isPresent }.map(\.id) }

  /// The result for one element id.
  public subscript(id: String) -> ElementResult? {
    results.first { $0.id == id }
  }
}
