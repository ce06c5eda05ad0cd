/// The rules of folding that span more than one scalar, in one place: noise is skipped, a
/// combining mark widens the folded scalar before it (unless noise came between: then it
/// decorates the noise), and a repeat of the folded scalar before it widens that one too,
/// except for digits (`10086`).
///
/// Both folders follow it: `TextFolder` over folded scalars (for `String`s, with a map back)
/// and the scanner's folding pass over character classes (for bytes, at full speed). Keys are
/// whatever the caller folds to; `FoldTable.noise` and `FoldTable.mark` are the sentinels both
/// use. The struct is small and its step is inlined, so the scanner keeps it in registers.
struct FoldingRules {
  /// What one original scalar amounts to.
  enum Step {
    /// Nothing: noise, or a mark with nothing to attach to.
    case skip
    /// The latest folded scalar also covers this one (a mark, or a collapsed repeat).
    case widen
    /// A new folded scalar.
    case add
  }

  /// Whether repeats collapse (`FoldingOptions.collapseRepeats`).
  let collapsesRepeats: Bool
  /// Whether a mark here attaches to a folded scalar: there is one, and no noise came since.
  private var marksAttach = false
  /// The key of the latest folded scalar (`noise` before the first: no key equals it).
  private var previous = FoldTable.noise

  init(collapsesRepeats: Bool) {
    self.collapsesRepeats = collapsesRepeats
  }

  /// The step for the next original scalar, folded to `key`; `mayCollapse` is false for keys
  /// that never collapse (digits).
  @inline(__always)
  mutating func step(_ key: UInt32, mayCollapse: Bool) -> Step {
    if key >= FoldTable.mark {
      if key == FoldTable.noise {
        marksAttach = false
        return .skip
      }
      return marksAttach ? .widen : .skip
    }
    marksAttach = true
    if collapsesRepeats, mayCollapse, key == previous { return .widen }
    previous = key
    return .add
  }
}
