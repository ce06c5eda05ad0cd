/// Chinese numeral characters and their digit, applied after traditional→simplified folding.
///
/// Only characters that stand for one digit are folded: `十`, `百` and `两` change the value of
/// what surrounds them, so folding them to a digit would make different numbers equal. `幺` is
/// how `1` is read out in phone numbers (`幺零零八六`).
enum NumeralFolding {
  /// Each numeral followed by its digit.
  private static let table = "〇0零0一1幺1壹1二2贰2三3叁3四4肆4五5伍5六6陆6七7柒7八8捌8九9玖9"

  /// `from, to` pairs, sorted by `from`.
  static let pairs: [(UInt32, UInt32)] = {
    let scalars = Array(table.unicodeScalars)
    return stride(from: 0, to: scalars.count, by: 2)
      .map { (scalars[$0].value, scalars[$0 + 1].value) }
      .sorted { $0.0 < $1.0 }
  }()
}
