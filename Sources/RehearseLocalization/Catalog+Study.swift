extension Catalog {
  static let study: [MessageKey: Translation] = [:]
}
