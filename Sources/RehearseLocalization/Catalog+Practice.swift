extension Catalog {
  static let practice: [MessageKey: Translation] = [:]
}
