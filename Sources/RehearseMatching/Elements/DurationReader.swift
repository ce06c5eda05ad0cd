/// Finds the lengths of time an answer states — 「2小时」「两个钟头」「120分钟」「半小时」「一个半小时」
/// 「一天」「3个工作日」 — as minutes, in folded text (where 一 is already `1`).
///
/// A number is digits with 十、百、千 and 两 read as Chinese numerals (「二十四」 is folded to
/// `2十4`, read as 24); 半 is a half, alone (「半小时」) or after 个 (「一个半小时」). Times are
/// compared as values, so 「22小时」 is never read as containing 「2小时」.
enum DurationReader {
  private static let units: [([Unicode.Scalar], Double)] = [
    ("分钟", 1), ("分", 1), ("钟头", 60), ("小时", 60), ("钟", 60), ("工作日", 1_440), ("天", 1_440),
    ("日", 1_440), ("星期", 10_080), ("礼拜", 10_080), ("周", 10_080), ("月", 43_200),
  ].map { (TextFolder().fold($0.0).scalars, $0.1) }

  /// Every stated time, in minutes, in the order they appear, with its folded range.
  static func durations(in scalars: [Unicode.Scalar]) -> [(minutes: Double, range: Range<Int>)] {
    var found: [(Double, Range<Int>)] = []
    var index = 0
    while index < scalars.count {
      if let (minutes, end) = duration(at: index, scalars) {
        found.append((minutes, index..<end))
        index = end
      } else {
        index += 1
      }
    }
    return found
  }

  private static func duration(at start: Int, _ scalars: [Unicode.Scalar]) -> (Double, Int)? {
    // A number that continues one before it (the 2 of 「22小时」) is not a number of its own.
    if start > 0, isNumeral(scalars[start - 1]) { return nil }
    var index = start
    var value: Double?
    while index < scalars.count, isNumeral(scalars[index]) { index += 1 }
    if index > start {
      value = numeral(Array(scalars[start..<index]))
      guard value != nil else { return nil }
    }
    if index < scalars.count, scalars[index] == "个" { index += 1 }
    if index < scalars.count, scalars[index] == "半" {
      value = (value ?? 0) + 0.5
      index += 1
      if index < scalars.count, scalars[index] == "个" { index += 1 }
    }
    guard let amount = value, amount > 0 else { return nil }
    for (unit, minutes) in units where NegationScope.has(unit, in: scalars, at: index) {
      // 「分」 alone is a score or a cent unless it is followed by nothing numeric: 「30分」 is
      // read as minutes only before 钟; 「5分钟」 is matched by 「分钟」 first.
      if unit.count == 1, unit[0] == "分" { return nil }
      if unit.count == 1, unit[0] == "钟", start == index { return nil }
      return (amount * minutes, index + unit.count)
    }
    return nil
  }

  private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || "十百千两".unicodeScalars.contains(scalar) || scalar == "."
  }

  /// Reads `24`, `2十4`, `十5`, `1百2十`, `两`, `1.5` as a value.
  static func numeral(_ scalars: [Unicode.Scalar]) -> Double? {
    if scalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }) {
      return Double(String(String.UnicodeScalarView(scalars)))
    }
    var total = 0.0
    var digits = 0.0
    var hasDigits = false
    for scalar in scalars {
      switch scalar {
      case "0"..."9":
        digits = digits * 10 + Double(scalar.value - 48)
        hasDigits = true
      case "两":
        digits = 2
        hasDigits = true
      case "十", "百", "千":
        let place: Double = scalar == "十" ? 10 : scalar == "百" ? 100 : 1000
        total += (hasDigits ? digits : 1) * place
        digits = 0
        hasDigits = false
      default:
        return nil
      }
    }
    return total + digits
  }
}
