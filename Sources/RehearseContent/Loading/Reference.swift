/// An id one item uses to point at another, checked once the whole pack is read.
struct Reference {
  enum Target {
    case topic
    case items(Set<ItemKind>)
  }

  var id: String
  /// The key the id was written under, for the message.
  var key: String
  var target: Target
  var location: SourceLocation
}
