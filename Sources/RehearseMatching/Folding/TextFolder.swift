/// Folds text for matching: compatibility and width forms, case, traditional→simplified,
/// numerals, noise skipped and repeats collapsed, keeping a map back to the original.
///
/// Building a folder with non-default options builds its lookup table (a few milliseconds);
/// the default folder shares one table. Make one and reuse it.
public struct TextFolder: Sendable {
  let table: FoldTable

  /// The normalisations this folder applies.
  public var options: FoldingOptions { table.options }

  /// A folder applying `options` (every normalisation by default).
  public init(options: FoldingOptions = .all) {
    table = options == .all ? FoldTable.standard : FoldTable(options: options)
  }

  /// What folding makes of one scalar on its own (repeats are a property of runs, not scalars).
  public func fold(_ scalar: Unicode.Scalar) -> FoldedScalar {
    let folded = table.fold(scalar.value)
    switch folded {
    case FoldTable.noise: return .noise
    case FoldTable.mark: return .mark
    default: return .scalar(Unicode.Scalar(folded)!)
    }
  }

  /// The folded scalars of a text, as `fold(_:)` gives them, without the map back to the
  /// original (building an automaton folds thousands of phrases and needs only this).
  public func foldedValues(_ text: String) -> [UInt32] {
    var rules = FoldingRules(collapsesRepeats: options.contains(.collapseRepeats))
    var values: [UInt32] = []
    values.reserveCapacity(text.utf8.count / 2)
    for scalar in text.unicodeScalars {
      let value = table.fold(scalar.value)
      if rules.step(value, mayCollapse: !Self.isDigit(value)) == .add { values.append(value) }
    }
    return values
  }

  /// Folds a whole text, recording where each folded scalar came from.
  public func fold(_ text: String) -> FoldedText {
    var rules = FoldingRules(collapsesRepeats: options.contains(.collapseRepeats))
    var scalars: [Unicode.Scalar] = []
    var starts: [Int] = []
    var ends: [Int] = []
    var position = 0
    for scalar in text.unicodeScalars {
      let value = table.fold(scalar.value)
      switch rules.step(value, mayCollapse: !Self.isDigit(value)) {
      case .skip: break
      case .widen: ends[ends.count - 1] = position + 1
      case .add:
        scalars.append(Unicode.Scalar(value)!)
        starts.append(position)
        ends.append(position + 1)
      }
      position += 1
    }
    return FoldedText(
      scalars: scalars, originalStarts: starts, originalEnds: ends, originalCount: position)
  }

  /// ASCII digits never collapse: repeated digits are part of a number's value.
  @inline(__always)
  static func isDigit(_ value: UInt32) -> Bool { value &- 0x30 < 10 }
}
