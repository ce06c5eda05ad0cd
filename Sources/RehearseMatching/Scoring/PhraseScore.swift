/// How closely an answer says a model phrase, and why.
public struct PhraseScore: Sendable, Hashable {
  /// 1 for the model wording exactly (after folding), down to 0 for nothing of it.
  public let similarity: Double
  /// The similarity needed to pass.
  public let threshold: Double
  /// What filled each slot of the template, in order.
  public let slots: [SlotFilling]
  /// Parts of the model wording the answer did not say (or said differently), as written in
  /// the template. Slots left out are in `slots` with no value.
  public let missing: [TextFragment]
  /// Words inside the answered phrase that the model does not have, as ranges of the answer.
  public let extra: [Range<Int>]
  /// The part of the answer aligned with the model, in Unicode scalars; nil when none is.
  public let matchedRange: Range<Int>?

  /// Whether the similarity reaches the threshold.
  public var passed: Bool { similarity >= threshold }

  public init(
    similarity: Double, threshold: Double, slots: [SlotFilling], missing: [TextFragment],
    extra: [Range<Int>], matchedRange: Range<Int>?
  ) {
    self.similarity = similarity
    self.threshold = threshold
    self.slots = slots
    self.missing = missing
    self.extra = extra
    self.matchedRange = matchedRange
  }
}
