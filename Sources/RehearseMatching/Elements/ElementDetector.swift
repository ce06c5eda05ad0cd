/// Finds which key elements an answer contains, with the cues that show each and where.
///
/// Cues are folded like forbidden phrases, so `您好` is found in `您 好` and `您好！`, and
/// `客户代表` in `客戶代表`. A cue made only of slots never matches: it would match anything. Build one detector per set of elements and reuse it.
public struct ElementDetector: Sendable {
  private struct CompiledElement: Sendable {
    let id: String
    let any: [CuePattern]
    let all: [CuePattern]
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
        all: spec.all.map { CuePattern($0, folder: folder) })
    }
  }

  /// Which elements `answer` contains.
  public func detect(in answer: String) -> ElementReport {
    let folded = folder.fold(answer)
    return ElementReport(
      results: elements.map { element in
        let foundAny = element.any.compactMap {
          $0.firstMatch(in: folded, answer: answer, maximumSlotLength: maximumSlotLength)
        }
        var foundAll: [CueMatch] = []
        var missingAll: [String] = []
        for cue in element.all {
          if let found = cue.firstMatch(
            in: folded, answer: answer, maximumSlotLength: maximumSlotLength)
          {
            foundAll.append(found)
          } else {
            missingAll.append(cue.cue)
          }
        }
        let anySatisfied = element.any.isEmpty || !foundAny.isEmpty
        let hasCues = !element.any.isEmpty || !element.all.isEmpty
        return ElementResult(
          id: element.id,
          isPresent: hasCues && anySatisfied && missingAll.isEmpty,
          foundAny: foundAny,
          foundAll: foundAll,
          missingAll: missingAll,
          missingAny: anySatisfied ? [] : element.any.map(\.cue))
      })
  }
}
