/// Which positions of a folded answer lie in the scope of a negation.
///
/// A negator (不、没、别、未、无、非、勿、甭、莫) negates what follows it in the same clause within
/// `reach` folded characters: 「这个不是我负责的」 negates 「我负责」. Words that merely contain a
/// negator (不好意思、非常、无论、别人 …) and A-not-A questions (方不方便、有没有) do not negate.
/// A cue followed at once by 不了/不到/不成 (「处理不了」) is negated too. Clauses end at
/// punctuation or white space in the original answer.
struct NegationScope {
  /// How many folded characters may stand between a negator and the cue it negates.
  static let reach = 3
  static let negators: Set<Unicode.Scalar> = ["不", "没", "别", "未", "无", "非", "勿", "甭", "莫"]
  /// Words that contain a negator without negating what follows (folded forms).
  static let notNegations: [[Unicode.Scalar]] = [
    "不好意思", "对不起", "对不住", "了不起", "不客气", "不错", "不断", "不久", "不仅", "不但", "不管", "不论", "不只", "不过", "不然",
    "不得不", "不一会", "没关系", "没问题", "没错", "非常", "无论", "无误", "无线", "无忧", "别人", "别的",
    "别处", "特别", "分别", "区别", "告别", "级别", "类别", "未来", "毫无", "要不", "除非", "不少",
    "莫名", "不辞辛苦", "无偿", "无条件",
  ].map(folded)
  static let trailing: [[Unicode.Scalar]] = ["不了", "不到", "不成", "不起来"].map(folded)

  /// Word lists are folded like answers (so 「不一会」 is matched as the folder writes it).
  private static func folded(_ word: String) -> [Unicode.Scalar] {
    TextFolder().fold(word).scalars
  }
  private static let clauseEnds: Set<Unicode.Scalar> = [
    "，", "。", "！", "？", "；", "：", ",", ".", "!", "?", ";", ":", "、", "\n", "…", "~", "～",
  ]

  let scalars: [Unicode.Scalar]
  /// Clause number of each folded scalar.
  let clause: [Int]
  /// Positions of negators that do negate.
  let negatorPositions: [Int]

  init(folded: FoldedText, original: [Unicode.Scalar]) {
    scalars = folded.scalars
    let clause = Self.clauses(of: folded, original: original)
    self.clause = clause
    var positions: [Int] = []
    var index = 0
    while index < scalars.count {
      if let word = Self.notNegations.first(where: { Self.has($0, in: folded.scalars, at: index) })
      {
        index += word.count
        continue
      }
      if Self.negators.contains(scalars[index]) {
        let isQuestion =
          index > 0 && index + 1 < scalars.count && scalars[index - 1] == scalars[index + 1]
          && clause[index - 1] == clause[index + 1]
        if !isQuestion { positions.append(index) }
      }
      index += 1
    }
    negatorPositions = positions
  }

  /// The clause number of each folded scalar: a clause ends at punctuation or white space.
  static func clauses(of folded: FoldedText, original: [Unicode.Scalar]) -> [Int] {
    var clause = [Int](repeating: 0, count: folded.count)
    var number = 0
    for index in 0..<folded.count {
      if index > 0 {
        let gap = folded.originalEnds[index - 1]..<folded.originalStarts[index]
        if gap.contains(where: {
          Self.clauseEnds.contains(original[$0]) || original[$0].properties.isWhitespace
        }) {
          number += 1
        }
      }
      clause[index] = number
    }
    return clause
  }

  /// Whether a cue found at `range` (folded positions) is negated.
  func negates(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    for position in negatorPositions where position < range.lowerBound {
      let distance = range.lowerBound - position - 1
      if distance <= Self.reach, clause[position] == clause[range.lowerBound] { return true }
    }
    if range.upperBound < scalars.count,
      Self.trailing.contains(where: { Self.has($0, in: scalars, at: range.upperBound) })
    {
      return true
    }
    return false
  }

  static func has(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
    index + word.count <= scalars.count
      && scalars[index..<(index + word.count)].elementsEqual(word)
  }
}
