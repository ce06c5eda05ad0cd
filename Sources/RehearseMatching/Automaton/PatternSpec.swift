/// One phrase to look for, with the longer phrases that excuse it.
///
/// The caller keeps everything else about the phrase (id, severity, suggestion, citation) and
/// finds it again by the pattern's index in the list given to `PhraseAutomaton`.
public struct PatternSpec: Sendable, Hashable {
  /// The phrase, as written in the content (it is folded like the text it is matched in).
  public var text: String
  /// Allow-list exceptions: a hit of this pattern that lies wholly inside a match of one of
  /// these phrases is cancelled (`但是` inside `但是您放心`).
  public var allow: [String]

  public init(_ text: String, allow: [String] = []) {
    self.text = text
    self.allow = allow
  }
}
