/// Which normalisations a `TextFolder` applies; all of them by default.
///
/// Each option exists so a caller (or a test) can see what one normalisation contributes; the
/// matcher is meant to run with `.all`, which is what trainees' input needs.
public struct FoldingOptions: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8

  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// Full-width and compatibility forms to their plain form (`Ａ`→`A`, `①`→`1`, `é`→`e`):
  /// NFKD with combining marks dropped, where that leaves exactly one scalar.
  public static let compatibility = FoldingOptions(rawValue: 1 << 0)
  /// Letters to lowercase (one scalar to one scalar).
  public static let lowercase = FoldingOptions(rawValue: 1 << 1)
  /// Traditional Chinese characters to simplified (ICU `Hant-Hans`, one scalar to one scalar).
  public static let traditionalToSimplified = FoldingOptions(rawValue: 1 << 2)
  /// Chinese numerals to ASCII digits (`一`→`1`, `零`/`〇`→`0`, `幺`→`1`, `壹`→`1`), so a phone
  /// number read out in characters matches one typed in digits.
  public static let numerals = FoldingOptions(rawValue: 1 << 3)
  /// Skips noise (spaces of every width, punctuation, dashes, symbols, controls, zero-width and
  /// other format characters) and folds combining marks into the character before them.
  public static let skipNoise = FoldingOptions(rawValue: 1 << 4)
  /// Collapses a run of the same folded character into one (`不不不可能`→`不可能`). ASCII digits
  /// never collapse: `10086` must not become `1086`.
  public static let collapseRepeats = FoldingOptions(rawValue: 1 << 5)

  /// Every normalisation: what trainees' input is matched with.
  public static let all: FoldingOptions = [
    .compatibility, .lowercase, .traditionalToSimplified, .numerals, .skipNoise, .collapseRepeats,
  ]
}
