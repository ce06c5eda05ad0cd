extension Catalog {
  static let shell: [MessageKey: Translation] = [:]
}
