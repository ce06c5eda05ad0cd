/// Finds which key elements an answer contains, with the cues that show each and where.
///
/// Cues are folded like forbidden phrases, so `您好` is found in `您 好` and `您好！`, and
/// `客户代表` in `客戶代表`. A cue in the scope of a negation (`NegationScope`) does not count
/// unless the element is negative; times are compared as values (`DurationReader`). A cue made
/// only of slots never matches: it would match anything. Build one detector per set of elements
/// and reuse it.
public struct ElementDetector: Sendable {
  private struct CompiledElement: Sendable {
    let id: String
    let any: [CuePattern]
    let all: [CuePattern]
    let near: [[CuePattern]]
    let within: Int
    let without: [CuePattern]
    let quantity: QuantitySpec?
    let negative: Bool
    var hasCondition: Bool { !any.isEmpty || !all.isEmpty || !near.isEmpty || quantity != nil }
  }

  public let folder: TextFolder
  public let maximumSlotLength: Int
  private let elements: [CompiledElement]

  public init(
    elements: [ElementSpec], folder: TextFolder = TextFolder(),
    maximumSlotLength: Int = PhraseScorer.defaultMaximumSlotLength
  ) {
    self.folder = folder
    self.maximumSlotLength = max(maximumSlotLength, 1)
    self.elements = elements.map { spec in
      CompiledElement(
        id: spec.id,
        any: spec.any.map { CuePattern($0, folder: folder) },
        all: spec.all.map { CuePattern($0, folder: folder) },
        near: spec.near.map { group in group.map { CuePattern($0, folder: folder) } },
        within: max(spec.within, 0),
        without: spec.without.map { CuePattern($0, folder: folder) },
        quantity: spec.quantity,
        negative: spec.negative)
    }
  }

  /// Which elements `answer` contains.
  public func detect(in answer: String) -> ElementReport {
    let folded = folder.fold(answer)
    let original = Array(answer.unicodeScalars)
    let scope = NegationScope(folded: folded, original: original)
    let durations = DurationReader.durations(in: folded.scalars)
    var covered = [Bool](repeating: false, count: folded.count)
    let results = elements.map { element -> ElementResult in
      var negated: [CueMatch] = []
      func find(_ cue: CuePattern) -> CueMatch? {
        for found in cue.matches(in: folded, answer: answer, maximumSlotLength: maximumSlotLength) {
          if !element.negative, scope.negates(found.folded) {
            negated.append(found.match)
            continue
          }
          for position in found.folded { covered[position] = true }
          return found.match
        }
        return nil
      }
      let foundAny = element.any.compactMap(find)
      var foundAll: [CueMatch] = []
      var missingAll: [String] = []
      for cue in element.all {
        if let match = find(cue) { foundAll.append(match) } else { missingAll.append(cue.cue) }
      }
      let nearFound = element.near.isEmpty ? [] : findNear(element, folded, answer, scope)
      for found in nearFound {
        for position in found.folded { covered[position] = true }
      }
      let present = element.without.compactMap {
        $0.matches(in: folded, answer: answer, maximumSlotLength: maximumSlotLength).first?.match
      }
      let stated = durations.first { element.quantity?.isMet(by: $0.minutes) ?? false }
      let anySatisfied = element.any.isEmpty || !foundAny.isEmpty
      let nearSatisfied = element.near.isEmpty || !nearFound.isEmpty
      let quantitySatisfied = element.quantity == nil || stated != nil
      return ElementResult(
        id: element.id,
        isPresent: element.hasCondition && anySatisfied && missingAll.isEmpty && nearSatisfied
          && present.isEmpty && quantitySatisfied,
        foundAny: foundAny + nearFound.map(\.match),
        foundAll: foundAll,
        missingAll: missingAll,
        missingAny: anySatisfied ? [] : element.any.map(\.cue),
        negated: negated,
        forbiddenPresent: present,
        quantityStated: stated.map { folded.originalRange(ofFolded: $0.range) },
        quantityMissing: element.quantity != nil && stated == nil)
    }
    return ElementReport(
      results: results, foldedCount: folded.count, coveredCount: covered.filter { $0 }.count)
  }

  /// The `near` groups found in order, each within `within` of the one before, or [].
  private func findNear(
    _ element: CompiledElement, _ folded: FoldedText, _ answer: String, _ scope: NegationScope
  ) -> [CuePattern.Found] {
    let candidates = element.near.map { group in
      group.flatMap { $0.matches(in: folded, answer: answer, maximumSlotLength: maximumSlotLength) }
    }
    guard let first = candidates.first else { return [] }
    for start in first where element.negative || !scope.negates(start.folded) {
      var chain = [start]
      for group in candidates.dropFirst() {
        let previous = chain.last!.folded.upperBound
        guard
          let next = group.filter({
            $0.folded.lowerBound >= previous && $0.folded.lowerBound - previous <= element.within
          }).min(by: { $0.folded.lowerBound < $1.folded.lowerBound })
        else { break }
        chain.append(next)
      }
      if chain.count == candidates.count { return chain }
    }
    return []
  }
}
