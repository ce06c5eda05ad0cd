extension Catalog {
  static let commandLine: [MessageKey: Translation] = [:]
}
