/// All packs loaded from one content directory.
public struct ContentLibrary: Sendable, Codable {
  public var packs: [Pack]

  public init(packs: [Pack]) {
    self.packs = packs.sorted { $0.id < $1.id }
  }

  public func pack(withID id: String) -> Pack? {
    packs.first { $0.id == id }
  }

  /// Every item whose id is `id`, in any pack; ids are unique within a pack only.
  public func items(withID id: String) -> [(pack: Pack, item: any ContentItem)] {
    packs.compactMap { pack in pack.item(withID: id).map { (pack, $0) } }
  }
}
