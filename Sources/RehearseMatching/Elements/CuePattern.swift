/// A cue compiled for search: its text parts folded, its slots as gaps to be filled.
struct CuePattern: Sendable {
  enum Part: Sendable {
    case text([Unicode.Scalar])
    case slot(String)
  }

  let cue: String
  let parts: [Part]

  init(_ cue: String, folder: TextFolder) {
    self.cue = cue
    parts = PhraseTemplate(cue).parts.compactMap { part in
      switch part {
      case .text(let text):
        let scalars = folder.fold(text).scalars
        return scalars.isEmpty ? nil : .text(scalars)
      case .slot(let name):
        return .slot(name)
      }
    }
  }

  /// One place a cue appears: what to report, and its folded positions.
  struct Found: Sendable {
    let match: CueMatch
    let folded: Range<Int>
  }

  /// Every place the cue appears in `answer` (its folded form `folded`), left to right and not
  /// overlapping, so a negated first occurrence does not hide a later one.
  func matches(in folded: FoldedText, answer: String, maximumSlotLength: Int) -> [Found] {
    guard parts.contains(where: { if case .text = $0 { true } else { false } }) else { return [] }
    var found: [Found] = []
    var start = 0
    while start < folded.count {
      var slots: [(String, Range<Int>)] = []
      if let end = match(part: 0, at: start, folded, maximumSlotLength, &slots), end > start {
        let range = folded.originalRange(ofFolded: start..<end)
        let fillings = slots.map { name, positions in
          let original = folded.originalRange(ofFolded: positions)
          return SlotFilling(name: name, value: answer.scalarSlice(original), range: original)
        }
        found.append(
          Found(match: CueMatch(cue: cue, range: range, slots: fillings), folded: start..<end))
        start = end
      } else {
        start += 1
      }
    }
    return found
  }

  /// The first place the cue appears in `answer` (its folded form `folded`), if any.
  ///
  /// Text parts must appear exactly and in order; a slot takes one to `maximumSlotLength`
  /// folded characters without crossing noise. A slot between texts takes the shortest filling
  /// that lets the rest match; a slot at either end takes all it can.
  func firstMatch(in folded: FoldedText, answer: String, maximumSlotLength: Int) -> CueMatch? {
    guard parts.contains(where: { if case .text = $0 { true } else { false } }) else { return nil }
    for start in 0..<folded.count {
      var slots: [(String, Range<Int>)] = []
      if let end = match(part: 0, at: start, folded, maximumSlotLength, &slots) {
        let range = folded.originalRange(ofFolded: start..<end)
        let fillings = slots.map { name, positions in
          let original = folded.originalRange(ofFolded: positions)
          return SlotFilling(name: name, value: answer.scalarSlice(original), range: original)
        }
        return CueMatch(cue: cue, range: range, slots: fillings)
      }
    }
    return nil
  }

  /// Matches parts from `part` on at folded position `position`; returns where the match ends.
  private func match(
    part: Int, at position: Int, _ folded: FoldedText, _ maximumSlotLength: Int,
    _ slots: inout [(String, Range<Int>)]
  ) -> Int? {
    guard part < parts.count else { return position }
    switch parts[part] {
    case .text(let scalars):
      guard position + scalars.count <= folded.count,
        folded.scalars[position..<(position + scalars.count)].elementsEqual(scalars)
      else { return nil }
      return match(part: part + 1, at: position + scalars.count, folded, maximumSlotLength, &slots)
    case .slot(let name):
      let longest = slotLength(from: position, folded, maximumSlotLength)
      guard longest > 0 else { return nil }
      let isLast = part == parts.count - 1
      let lengths = isLast ? Array((1...longest).reversed()) : Array(1...longest)
      for length in lengths {
        slots.append((name, position..<(position + length)))
        if let end = match(part: part + 1, at: position + length, folded, maximumSlotLength, &slots)
        {
          return end
        }
        slots.removeLast()
      }
      return nil
    }
  }

  /// How many folded characters a slot starting at `position` can take.
  private func slotLength(from position: Int, _ folded: FoldedText, _ maximum: Int) -> Int {
    var length = 0
    while position + length < folded.count, length < maximum {
      if length > 0, folded.hasBreak(before: position + length) { break }
      length += 1
    }
    return length
  }
}
