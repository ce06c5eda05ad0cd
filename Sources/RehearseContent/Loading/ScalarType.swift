import Yams

/// What a plain YAML scalar means, decided by hand-written rules rather than Yams' default
/// resolver, whose ICU regular expressions were most of the start-up time.
///
/// The rules are YAML 1.1's, as Yams' default resolver applies them (`yes`/`no`/`on`/`off`,
/// octal, hexadecimal, binary and sexagesimal numbers, `.inf`, `~`, dates), so content means
/// what it meant before. The parser runs with `Resolver.basic`, which leaves every tag
/// unresolved until asked; only this type looks at what the trainer wrote.
enum ScalarType: Equatable {
  case null
  case boolean(Bool)
  case integer
  case float
  case timestamp
  case text

  /// The type of a scalar: an explicit tag wins, a quoted or block scalar is text.
  init(_ scalar: Node.Scalar) {
    // `Tag.description` is the tag as written: "" for none, "!" for non-specific.
    switch scalar.tag.description {
    case "":
      guard scalar.style == .plain || scalar.style == .any else {
        self = .text
        return
      }
      self = Self.resolve(plain: scalar.string)
    case Tag.Name.null.rawValue: self = .null
    case Tag.Name.bool.rawValue:
      if case .boolean(let value) = Self.resolve(plain: scalar.string) {
        self = .boolean(value)
      } else {
        self = .text
      }
    case Tag.Name.int.rawValue: self = .integer
    case Tag.Name.float.rawValue: self = .float
    case Tag.Name.timestamp.rawValue: self = .timestamp
    default:
      // Basic resolution (of mapping keys, hashed by the parser) leaves plain text as `str`.
      self = scalar.style == .plain ? Self.resolve(plain: scalar.string) : .text
    }
  }

  /// Resolves a plain scalar's text, in the order Yams' default resolver tries its rules.
  static func resolve(plain string: String) -> ScalarType {
    // Most scalars are Chinese text; only these first bytes can start anything but text.
    guard let first = string.utf8.first else { return .null }
    switch first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "y"), UInt8(ascii: "Y"),
      UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "o"), UInt8(ascii: "O"),
      UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "f"), UInt8(ascii: "F"):
      break
    default:
      return .text
    }
    switch string {
    case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .boolean(true)
    case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return .boolean(false)
    case "", "~", "null", "Null", "NULL": return .null
    default: break
    }
    let bytes = Array(string.utf8)
    if isInteger(bytes) { return .integer }
    if isFloat(bytes) { return .float }
    if isTimestamp(bytes) { return .timestamp }
    return .text
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Drops one leading sign.
  private static func unsigned(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    guard let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else {
      return bytes[...]
    }
    return bytes.dropFirst()
  }

  /// `0b1_0`, `0o17`, `017`, `0`, `1_000`, `0x1F`, `1:30` (sexagesimal).
  static func isInteger(_ bytes: [UInt8]) -> Bool {
    let body = unsigned(bytes)
    guard let first = body.first else { return false }
    func all(_ slice: ArraySlice<UInt8>, _ allowed: (UInt8) -> Bool) -> Bool {
      !slice.isEmpty && slice.allSatisfy(allowed)
    }
    let underscore = UInt8(ascii: "_")
    if body.starts(with: "0b".utf8) {
      return all(body.dropFirst(2)) { $0 == 0x30 || $0 == 0x31 || $0 == underscore }
    }
    if body.starts(with: "0x".utf8) {
      return all(body.dropFirst(2)) {
        isDigit($0) || ($0 >= 0x61 && $0 <= 0x66) || ($0 >= 0x41 && $0 <= 0x46) || $0 == underscore
      }
    }
    if body.starts(with: "0o".utf8) {
      return all(body.dropFirst(2)) { ($0 >= 0x30 && $0 <= 0x37) || $0 == underscore }
    }
    if first == 0x30 {
      return body.count == 1
        || all(body.dropFirst()) { ($0 >= 0x30 && $0 <= 0x37) || $0 == underscore }
    }
    guard first >= 0x31 && first <= 0x39 else { return false }
    let parts = body.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
    guard parts[0].allSatisfy({ isDigit($0) || $0 == underscore }) else { return false }
    return parts.dropFirst().allSatisfy(isSexagesimalDigits)
  }

  /// `[0-5]?[0-9]`, one part of `1:30:05`.
  private static func isSexagesimalDigits(_ part: ArraySlice<UInt8>) -> Bool {
    switch part.count {
    case 1: return isDigit(part.first!)
    case 2: return part.first! >= 0x30 && part.first! <= 0x35 && isDigit(part.last!)
    default: return false
    }
  }

  /// `1.5`, `1e3`, `1.`, `.5`, `1:30.5`, `.inf`, `-.inf`, `.nan`.
  static func isFloat(_ bytes: [UInt8]) -> Bool {
    let string = String(decoding: bytes, as: UTF8.self)
    switch string {
    case ".nan", ".NaN", ".NAN": return true
    default: break
    }
    let body = unsigned(bytes)
    switch String(decoding: body, as: UTF8.self) {
    case ".inf", ".Inf", ".INF": return true
    default: break
    }
    let underscore = UInt8(ascii: "_")
    let dot = UInt8(ascii: ".")
    guard let first = body.first else { return false }
    if first == dot {
      // `\.[0-9_]+([eE][-+][0-9]+)?`, unsigned only.
      guard body.count == bytes.count else { return false }
      var rest = body.dropFirst()
      let digits = rest.prefix { isDigit($0) || $0 == underscore }
      guard !digits.isEmpty else { return false }
      rest = rest.dropFirst(digits.count)
      if rest.isEmpty { return true }
      guard rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") else { return false }
      rest = rest.dropFirst()
      guard let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else {
        return false
      }
      rest = rest.dropFirst()
      return !rest.isEmpty && rest.allSatisfy(isDigit)
    }
    guard isDigit(first) else { return false }
    var rest = body.dropFirst()
    rest = rest.drop { isDigit($0) || $0 == underscore }
    if rest.first == UInt8(ascii: ":") {
      // `[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`
      var sawPart = false
      while rest.first == UInt8(ascii: ":") {
        rest = rest.dropFirst()
        let part = rest.prefix(while: isDigit)
        guard isSexagesimalDigits(part) else { return false }
        rest = rest.dropFirst(part.count)
        sawPart = true
      }
      guard sawPart, rest.first == dot else { return false }
      return rest.dropFirst().allSatisfy { isDigit($0) || $0 == underscore }
    }
    if rest.first == dot {
      rest = rest.dropFirst().drop { isDigit($0) || $0 == underscore }
    }
    if rest.isEmpty { return true }
    guard rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") else { return false }
    rest = rest.dropFirst()
    if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      rest = rest.dropFirst()
    }
    return !rest.isEmpty && rest.allSatisfy(isDigit)
  }

  /// `2005-03-01`, or a date with a time `2005-3-1 10:00:00` (Z or offset optional).
  static func isTimestamp(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 8, bytes[0...3].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-") else {
      return false
    }
    let string = String(decoding: bytes, as: UTF8.self)
    let dateOnly =
      bytes.count == 10 && bytes[5...6].allSatisfy(isDigit)
      && bytes[7] == UInt8(ascii: "-") && bytes[8...9].allSatisfy(isDigit)
    if dateOnly { return true }
    // A date and time: the rare case, left to a plain scan of its parts.
    let separators = string.firstIndex { $0 == "T" || $0 == "t" || $0 == " " || $0 == "\t" }
    guard let separator = separators else { return false }
    let date = string[..<separator].split(separator: "-", omittingEmptySubsequences: false)
    guard date.count == 3, date[0].count == 4, (1...2).contains(date[1].count),
      (1...2).contains(date[2].count), date.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
    else { return false }
    var time = string[string.index(after: separator)...].drop { $0 == " " || $0 == "\t" }
    let clock = time.prefix { $0.isASCIIDigit || $0 == ":" || $0 == "." }
    let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 3, (1...2).contains(fields[0].count), fields[1].count == 2,
      fields[2].count >= 2, fields[2].prefix(2).allSatisfy(\.isASCIIDigit)
    else { return false }
    time = time.dropFirst(clock.count).drop { $0 == " " || $0 == "\t" }
    if time.isEmpty || time == "Z" { return true }
    guard let sign = time.first, sign == "-" || sign == "+" else { return false }
    let zone = time.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
    return (1...2).contains(zone.count) && (1...2).contains(zone[0].count)
      && zone.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
