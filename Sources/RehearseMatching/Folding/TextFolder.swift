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
    let collapsesRepeats = options.contains(.collapseRepeats)
    var values: [UInt32] = []
    values.reserveCapacity(text.utf8.count / 2)
    for scalar in text.unicodeScalars {
      let value = table.fold(scalar.value)
      // Noise is skipped and a mark only widens what it follows: neither adds a scalar.
      guard value != FoldTable.noise, value != FoldTable.mark else { continue }
      if collapsesRepeats, values.last == value, !FoldedTextBuilder.isDigit(value) { continue }
      values.append(value)
    }
    return values
  }

  /// Folds a whole text, recording where each folded scalar came from.
  public func fold(_ text: String) -> FoldedText {
    var builder = FoldedTextBuilder(collapsesRepeats: options.contains(.collapseRepeats))
    for scalar in text.unicodeScalars {
      builder.append(folded: table.fold(scalar.value))
    }
    return builder.finish()
  }
}

/// Accumulates folded scalars one original scalar at a time, applying the rules that span more
/// than one scalar: marks attach to what precedes them, repeats collapse.
struct FoldedTextBuilder {
  let collapsesRepeats: Bool
  private var scalars: [Unicode.Scalar] = []
  private var starts: [Int] = []
  private var ends: [Int] = []
  private var position = 0
  /// Whether the previous original scalar was skipped as noise: a mark after noise decorates
  /// the noise, not the character before it.
  private var afterNoise = false

  init(collapsesRepeats: Bool) {
    self.collapsesRepeats = collapsesRepeats
  }

  mutating func append(folded value: UInt32) {
    defer { position += 1 }
    switch value {
    case FoldTable.noise:
      afterNoise = true
    case FoldTable.mark:
      if !afterNoise, !ends.isEmpty { ends[ends.count - 1] = position + 1 }
    default:
      afterNoise = false
      let scalar = Unicode.Scalar(value)!
      if collapsesRepeats, let last = scalars.last, last == scalar, !Self.isDigit(value) {
        ends[ends.count - 1] = position + 1
      } else {
        scalars.append(scalar)
        starts.append(position)
        ends.append(position + 1)
      }
    }
  }

  func finish() -> FoldedText {
    FoldedText(
      scalars: scalars, originalStarts: starts, originalEnds: ends, originalCount: position)
  }

  /// ASCII digits never collapse: repeated digits are part of a number's value.
  @inline(__always)
  static func isDigit(_ value: UInt32) -> Bool { value &- 0x30 < 10 }
}
