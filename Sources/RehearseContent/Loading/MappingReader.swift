import Yams

/// Reads one YAML mapping key by key, reporting every problem with the position of the node
/// that caused it, and returning `nil` for a value that could not be read so decoding can go
/// on and find the next problem.
final class MappingReader {
  let file: YAMLFile
  let log: DiagnosticLog
  /// Where the mapping starts, for problems about a missing key.
  let location: SourceLocation
  private let entries: [(key: String, keyNode: Node, value: Node)]

  /// Returns nil, after reporting, when `node` is not a mapping.
  init?(_ node: Node, key: String?, file: YAMLFile, log: DiagnosticLog) {
    self.file = file
    self.log = log
    self.location = file.location(of: node)
    guard case .mapping(let mapping) = node else {
      log.report(
        .wrongShape(key: key, expected: .mapping, found: node.shape), at: file.location(of: node))
      return nil
    }
    var entries: [(String, Node, Node)] = []
    for (keyNode, value) in mapping {
      guard let name = keyNode.scalar?.string, keyNode.shape == .text else {
        log.report(
          .wrongShape(key: nil, expected: .text, found: keyNode.shape),
          at: file.location(of: keyNode))
        continue
      }
      entries.append((name, keyNode, value))
    }
    self.entries = entries
  }

  var keys: [String] { entries.map(\.key) }

  func node(_ key: String) -> Node? {
    entries.first { $0.key == key }?.value
  }

  func keyLocation(_ key: String) -> SourceLocation {
    entries.first { $0.key == key }.map { file.location(of: $0.keyNode) } ?? location
  }

  func has(_ key: String) -> Bool { node(key) != nil }

  /// Reports each key that is not in `allowed`, suggesting the closest allowed one.
  func rejectUnknownKeys(allowed: [String]) {
    for entry in entries where !allowed.contains(entry.key) {
      let suggestion = NameSuggester.closest(to: entry.key, among: allowed)
      log.report(
        .unknownKey(entry.key, suggestion: suggestion), at: file.location(of: entry.keyNode))
    }
  }

  // MARK: Text

  /// A required, non-empty text value.
  func text(_ key: String) -> String? {
    guard let value = node(key) else {
      log.report(.missingKey(key), at: location)
      return nil
    }
    return text(value, key: key)
  }

  /// An optional text value; present but empty is still an error.
  func optionalText(_ key: String) -> String? {
    guard let value = node(key) else { return nil }
    return text(value, key: key)
  }

  /// Reads a scalar as text. Numbers and dates are accepted as written, because a trainer who
  /// types `issued: 2005-03` means the text.
  func text(_ value: Node, key: String) -> String? {
    switch value.shape {
    case .mapping, .list:
      log.report(
        .wrongShape(key: key, expected: .text, found: value.shape), at: file.location(of: value))
      return nil
    case .empty:
      log.report(.emptyValue(key), at: file.location(of: value))
      return nil
    case .text, .number, .boolean:
      let string = value.scalar?.string.trimmingWhitespace ?? ""
      if string.isEmpty {
        log.report(.emptyValue(key), at: file.location(of: value))
        return nil
      }
      return string
    }
  }

  /// An optional list of non-empty texts; absent gives an empty list.
  func texts(_ key: String, required: Bool = false) -> [(text: String, location: SourceLocation)] {
    guard let value = node(key) else {
      if required { log.report(.missingKey(key), at: location) }
      return []
    }
    guard case .sequence(let sequence) = value else {
      log.report(
        .wrongShape(key: key, expected: .list, found: value.shape), at: file.location(of: value))
      return []
    }
    if required && sequence.isEmpty {
      log.report(.emptyValue(key), at: file.location(of: value))
    }
    return sequence.compactMap { item in
      text(item, key: key).map { ($0, file.location(of: item)) }
    }
  }

  // MARK: Numbers and choices

  /// A required whole number greater than zero.
  func positiveInteger(_ key: String) -> Int? {
    guard let value = node(key) else {
      log.report(.missingKey(key), at: location)
      return nil
    }
    return positiveInteger(value, key: key)
  }

  func positiveInteger(_ value: Node, key: String) -> Int? {
    guard value.shape == .number, let number = value.int else {
      log.report(
        .wrongShape(key: key, expected: .number, found: value.shape), at: file.location(of: value))
      return nil
    }
    guard number > 0 else {
      log.report(.notPositive(key: key), at: file.location(of: value))
      return nil
    }
    return number
  }

  func boolean(_ key: String) -> Bool? {
    guard let value = node(key) else {
      log.report(.missingKey(key), at: location)
      return nil
    }
    // A Chinese author writes 对/错 or 是/否 as naturally as true/false.
    if value.shape == .text, let word = value.scalar?.string.trimmingWhitespace,
      let flag = Self.chineseBooleans[word]
    {
      return flag
    }
    guard value.shape == .boolean, let flag = value.booleanValue else {
      log.report(
        .wrongShape(key: key, expected: .boolean, found: value.shape), at: file.location(of: value))
      return nil
    }
    return flag
  }

  /// A value from a fixed list (`severity: banned`, `unit: hours`, …).
  func choice<Choice: RawRepresentable & CaseIterable>(
    _ key: String, as type: Choice.Type, required: Bool = true
  ) -> Choice? where Choice.RawValue == String {
    guard let value = node(key) else {
      if required { log.report(.missingKey(key), at: location) }
      return nil
    }
    guard let raw = text(value, key: key) else { return nil }
    let alias = (Choice.self as? any ChoiceAliases.Type)?.aliases[raw] as? Choice
    guard let choice = Choice(rawValue: raw) ?? alias else {
      log.report(
        .invalidChoice(key: key, value: raw, allowed: Choice.allCases.map(\.rawValue)),
        at: file.location(of: value))
      return nil
    }
    return choice
  }

  // MARK: Nested

  /// The items of a list of mappings; absent gives an empty list unless required.
  func mappings(_ key: String, required: Bool = false) -> [MappingReader] {
    guard let value = node(key) else {
      if required { log.report(.missingKey(key), at: location) }
      return []
    }
    guard case .sequence(let sequence) = value else {
      log.report(
        .wrongShape(key: key, expected: .list, found: value.shape), at: file.location(of: value))
      return []
    }
    if required && sequence.isEmpty {
      log.report(.emptyValue(key), at: file.location(of: value))
    }
    return sequence.compactMap { MappingReader($0, key: key, file: file, log: log) }
  }

  func mapping(_ key: String) -> MappingReader? {
    guard let value = node(key) else { return nil }
    return MappingReader(value, key: key, file: file, log: log)
  }
}

/// A fixed list whose values may also be written another way (`unit: 分钟` for `minutes`).
protocol ChoiceAliases {
  /// Each other spelling and the value it means.
  static var aliases: [String: Self] { get }
}
