/// A match of one automaton entry before allow-lists and leftmost-longest selection.
///
/// 32-bit fields keep the scanner's buffer small; a line is limited to `Int32.max` bytes.
struct Candidate {
  /// Original scalar offsets, end exclusive.
  var start: Int32
  var end: Int32
  /// Folded scalar positions (allow-list containment and overlap are decided on these).
  var foldedStart: Int32
  var foldedEnd: Int32
  /// `EntryRoles.codes` of the entry: a pattern, or `unresolved | entry`.
  var code: UInt32
  /// The pattern it resolves to, once resolved (-1: cancelled or a pure allow phrase).
  var pattern: Int32 = -1

  var foldedLength: Int32 { foldedEnd - foldedStart }
}
