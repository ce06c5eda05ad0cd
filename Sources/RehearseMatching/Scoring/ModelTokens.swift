/// A template folded for alignment: one token per folded character of its text, one per slot,
/// each remembering where it is in the template as written.
struct ModelTokens {
  enum Kind: Equatable {
    case character(Unicode.Scalar, weight: Double)
    /// The slot's position among the template's slots.
    case slot(Int)
  }

  struct Token {
    let kind: Kind
    /// Where the token comes from in the template text, in Unicode scalars.
    let range: Range<Int>
  }

  let tokens: [Token]
  let slotNames: [String]

  init(template: PhraseTemplate, folder: TextFolder) {
    var tokens: [Token] = []
    var slotNames: [String] = []
    for (part, partRange) in zip(template.parts, template.partRanges) {
      switch part {
      case .text(let text):
        let folded = folder.fold(text)
        for index in 0..<folded.count {
          let scalar = folded.scalars[index]
          let range = folded.originalStarts[index]..<folded.originalEnds[index]
          tokens.append(
            Token(
              kind: .character(scalar, weight: CharacterWeights.weight(scalar)),
              range: (range.lowerBound + partRange.lowerBound)..<(range.upperBound
                + partRange.lowerBound)))
        }
      case .slot(let name):
        tokens.append(Token(kind: .slot(slotNames.count), range: partRange))
        slotNames.append(name)
      }
    }
    self.tokens = tokens
    self.slotNames = slotNames
  }
}
