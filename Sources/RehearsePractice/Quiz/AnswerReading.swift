import RehearseContent

/// Reads what a trainee typed as the answer to a question: choice letters, true or false, a
/// number with its unit, an order of items. Full-width forms and Chinese are accepted, because
/// that is how people type with a Chinese input method switched on.
public enum AnswerReading {
  /// Choice letters (`B`, `b`, `Ｂ`, `A C`, `a,c`, `AC`) or their numbers (`2`, `1 3`) as
  /// 0-based indices, in the order given; nil if anything else is there.
  public static func choices(_ text: String, count: Int) -> [Int]? {
    let normalized = halfWidth(text).uppercased()
    var indices: [Int] = []
    var digits = ""
    func flushDigits() -> Bool {
      guard !digits.isEmpty else { return true }
      defer { digits = "" }
      guard let number = Int(digits), number >= 1, number <= count else { return false }
      indices.append(number - 1)
      return true
    }
    for scalar in normalized.unicodeScalars {
      if ("A"..."Z").contains(scalar) {
        guard flushDigits() else { return nil }
        let index = Int(scalar.value - 65)
        guard index < count else { return nil }
        indices.append(index)
      } else if ("0"..."9").contains(scalar) {
        digits.unicodeScalars.append(scalar)
      } else if isSeparator(scalar) {
        guard flushDigits() else { return nil }
      } else {
        return nil
      }
    }
    guard flushDigits(), !indices.isEmpty else { return nil }
    return indices
  }

  /// 对/错, 是/否, 正确/错误, √/×, true/false, yes/no, t/f, y/n.
  public static func trueOrFalse(_ text: String) -> Bool? {
    let word = halfWidth(text).lowercased().filter { !$0.isWhitespace && !"。.!！".contains($0) }
    let yes: Set<String> = ["对", "是", "正确", "对的", "√", "✓", "✔", "true", "t", "yes", "y", "o"]
    let no: Set<String> = ["错", "否", "错误", "不对", "错的", "×", "✗", "✘", "x", "false", "f", "no", "n"]
    if yes.contains(word) { return true }
    if no.contains(word) { return false }
    return nil
  }

  /// A number and an optional unit: `72`, `72小时`, `七十二个小时`, `2 hours`, `半小时` is not
  /// accepted (limits are whole numbers). Returns nil when no number is found.
  public static func duration(_ text: String) -> (value: Int, unit: TimeUnit?)? {
    let cleaned = halfWidth(text).lowercased().filter { !$0.isWhitespace }
    var numberPart = ""
    var rest = Substring(cleaned)
    while let first = rest.first,
      first.isNumber || ChineseNumeral.digits[first] != nil
        || ChineseNumeral.multipliers[first] != nil
    {
      numberPart.append(first)
      rest = rest.dropFirst()
    }
    guard let value = Int(numberPart) ?? ChineseNumeral.value(of: numberPart) else { return nil }
    let unitText = String(rest.drop { $0 == "个" }).trimmingCharacters(in: "。.")
    if unitText.isEmpty { return (value, nil) }
    guard let unit = unitWords.first(where: { $0.words.contains(unitText) })?.unit else {
      return nil
    }
    return (value, unit)
  }

  private static let unitWords: [(unit: TimeUnit, words: Set<String>)] = [
    (.minutes, ["分钟", "分", "min", "mins", "minute", "minutes", "m"]),
    (.hours, ["小时", "钟头", "时", "h", "hr", "hrs", "hour", "hours"]),
    (.days, ["天", "日", "工作日", "d", "day", "days"]),
    (.weeks, ["周", "星期", "礼拜", "w", "week", "weeks"]),
    (.months, ["月", "month", "months"]),
  ]

  /// An order typed as item numbers: `3 1 2`, `3,1,2`, `312` (when there are fewer than ten
  /// items), as 0-based indices; nil unless it names each of `count` items exactly once.
  public static func order(_ text: String, count: Int) -> [Int]? {
    let normalized = halfWidth(text)
    let hasSeparators = normalized.unicodeScalars.contains(where: isSeparator)
    var indices: [Int] = []
    if hasSeparators || count >= 10 {
      for piece in normalized.split(whereSeparator: { $0.unicodeScalars.allSatisfy(isSeparator) }) {
        guard let number = Int(piece), number >= 1 else { return nil }
        indices.append(number - 1)
      }
    } else {
      for character in normalized {
        guard let number = character.wholeNumberValue else { return nil }
        indices.append(number - 1)
      }
    }
    guard indices.count == count, Set(indices) == Set(0..<count) else { return nil }
    return indices
  }

  static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || ",，、;；/|-→>".unicodeScalars.contains(scalar)
  }

  /// Folds full-width ASCII (Ａ, １, ，) to its half-width form.
  static func halfWidth(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          if (0xFF01...0xFF5E).contains(scalar.value) {
            return Unicode.Scalar(scalar.value - 0xFEE0)!
          }
          if scalar.value == 0x3000 { return " " }
          return scalar
        }))
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = self[...]
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}

/// Chinese numerals up to the thousands: 七十二, 两, 二十四, 一百.
enum ChineseNumeral {
  static let digits: [Character: Int] = [
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]
  static let multipliers: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

  /// The value of `text`, or nil when it is not a numeral or its sum leaves the integer range
  /// (a very long run of 九千), which is unreadable rather than a trap.
  static func value(of text: String) -> Int? {
    guard !text.isEmpty else { return nil }
    var total = 0
    var current: Int?
    for character in text {
      if let digit = digits[character] {
        current = digit
      } else if let multiplier = multipliers[character] {
        let (sum, overflow) = total.addingReportingOverflow((current ?? 1) * multiplier)
        guard !overflow else { return nil }
        total = sum
        current = nil
      } else {
        return nil
      }
    }
    let (sum, overflow) = total.addingReportingOverflow(current ?? 0)
    return overflow ? nil : sum
  }
}
