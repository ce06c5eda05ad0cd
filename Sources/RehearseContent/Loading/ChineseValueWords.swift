/// Words a Chinese author writes in YAML where a value is expected, and what each means.
/// Recognised as input only; nothing here is shown.
extension MappingReader {
  /// The true/false words of Chinese, accepted wherever a boolean is.
  static let chineseBooleans: [String: Bool] = ["对": true, "是": true, "错": false, "否": false]
}

extension TimeUnit: ChoiceAliases {
  /// The units as a Chinese author writes them.
  static let aliases: [String: TimeUnit] = [
    "分钟": .minutes, "小时": .hours, "天": .days, "日": .days, "周": .weeks, "星期": .weeks,
    "月": .months, "个月": .months,
  ]
}
