/// A key element a good answer contains — a greeting, a self-introduction — and the cues that
/// show it.
///
/// The element is present when at least one `any` cue appears (or there are none) and every
/// `all` cue appears. Cues may contain slots (`请问{surname}先生`). An element with no cue at all
/// is never present: there is nothing to find.
public struct ElementSpec: Sendable, Hashable {
  public var id: String
  public var any: [String]
  public var all: [String]

  public init(id: String, any: [String] = [], all: [String] = []) {
    self.id = id
    self.any = any
    self.all = all
  }
}
