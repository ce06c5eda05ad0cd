extension Catalog {
  static let check: [MessageKey: Translation] = [:]
}
