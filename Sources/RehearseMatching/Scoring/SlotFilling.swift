/// What a trainee put where a template has a slot.
public struct SlotFilling: Sendable, Hashable {
  /// The slot's name (`name` for `{name}`).
  public let name: String
  /// The words that fill it, as typed; nil when the slot was left out.
  public let value: String?
  /// Where those words are in the answer, in Unicode scalars; nil when left out.
  public let range: Range<Int>?

  public init(name: String, value: String?, range: Range<Int>?) {
    self.name = name
    self.value = value
    self.range = range
  }
}

/// A piece of a model phrase or cue, quoted as written, with its place in that text.
public struct TextFragment: Sendable, Hashable {
  /// The words, as written in the model.
  public let text: String
  /// Where they are in the model's text, in Unicode scalars.
  public let range: Range<Int>

  public init(text: String, range: Range<Int>) {
    self.text = text
    self.range = range
  }
}
