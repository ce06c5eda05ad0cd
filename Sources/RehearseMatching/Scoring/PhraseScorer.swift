/// Scores a trainee's answer against a model phrase tolerantly: slots take the trainee's own
/// words, folding forgives script, width and punctuation, and a weighted edit distance forgives
/// small slips and dropped particles.
///
/// The similarity is `1 − cost / worst`, where `cost` is the weighted edit distance of the best
/// alignment (see `PhraseAlignment`) and `worst` that of an empty answer. With the default
/// threshold of 0.8, a twelve-character phrase passes with two characters wrong or missing,
/// or several particles, but not with a clause missing.
public struct PhraseScorer: Sendable {
  /// The similarity an answer needs to pass, unless the caller chooses another.
  public static let defaultThreshold = 0.8
  /// The longest slot filling, in folded characters: names, times and places are short, and a
  /// cap keeps a final slot from swallowing the rest of a long answer.
  public static let defaultMaximumSlotLength = 12

  public let folder: TextFolder
  public let threshold: Double
  public let maximumSlotLength: Int

  public init(
    folder: TextFolder = TextFolder(), threshold: Double = Self.defaultThreshold,
    maximumSlotLength: Int = Self.defaultMaximumSlotLength
  ) {
    self.folder = folder
    self.threshold = threshold
    self.maximumSlotLength = max(maximumSlotLength, 1)
  }

  /// Scores `answer` against `template`.
  public func score(answer: String, template: PhraseTemplate) -> PhraseScore {
    let folded = folder.fold(answer)
    let model = ModelTokens(template: template, folder: folder)
    let alignment = PhraseAlignment(
      answer: folded, model: model, maximumSlotLength: maximumSlotLength)
    let similarity = alignment.worstCost > 0 ? max(0, 1 - alignment.cost / alignment.worstCost) : 1

    var slots = model.slotNames.map { SlotFilling(name: $0, value: nil, range: nil) }
    var missingTokens: [Int] = []
    var extraPositions: [Int] = []
    var firstAligned: Int?
    var lastAligned: Int?
    func aligned(_ positions: Range<Int>) {
      firstAligned = min(firstAligned ?? positions.lowerBound, positions.lowerBound)
      lastAligned = max(lastAligned ?? positions.upperBound, positions.upperBound)
    }
    for step in alignment.steps {
      switch step {
      case .match(let answerIndex, _):
        aligned(answerIndex..<(answerIndex + 1))
      case .substitute(let answerIndex, let token):
        aligned(answerIndex..<(answerIndex + 1))
        missingTokens.append(token)
      case .missing(let token):
        if case .character = model.tokens[token].kind { missingTokens.append(token) }
      case .extra(let answerIndex):
        extraPositions.append(answerIndex)
      case .slot(let token, let positions):
        aligned(positions)
        if case .slot(let ordinal) = model.tokens[token].kind {
          let range = folded.originalRange(ofFolded: positions)
          slots[ordinal] = SlotFilling(
            name: model.slotNames[ordinal], value: answer.scalarSlice(range), range: range)
        }
      }
    }
    // Extra words count only inside the aligned part (outside it they cost nothing anyway).
    let inside = extraPositions.filter { position in
      guard let first = firstAligned, let last = lastAligned else { return false }
      return position > first && position < last
    }
    return PhraseScore(
      similarity: similarity,
      threshold: threshold,
      slots: slots,
      missing: Self.fragments(of: missingTokens, in: model, template: template),
      extra: Self.runs(of: inside).map { folded.originalRange(ofFolded: $0) },
      matchedRange: firstAligned.map { folded.originalRange(ofFolded: $0..<lastAligned!) }
    )
  }

  /// Groups missing tokens that are next to each other in the model into fragments quoted from
  /// the template, so `请问您什么时间方便` missing `什么时间` reads as one fragment.
  private static func fragments(
    of tokens: [Int], in model: ModelTokens, template: PhraseTemplate
  ) -> [TextFragment] {
    runs(of: tokens.sorted()).map { run in
      let range =
        model.tokens[run.lowerBound].range
        .lowerBound..<model.tokens[run.upperBound - 1].range.upperBound
      return TextFragment(text: template.text.scalarSlice(range), range: range)
    }
  }

  /// Consecutive integers grouped into ranges: [1, 2, 3, 7] → [1..<4, 7..<8].
  private static func runs(of sorted: [Int]) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    for value in sorted {
      if let last = runs.last, last.upperBound == value {
        runs[runs.count - 1] = last.lowerBound..<(value + 1)
      } else {
        runs.append(value..<(value + 1))
      }
    }
    return runs
  }
}
