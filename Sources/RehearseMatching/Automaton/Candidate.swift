/// A match of one automaton entry before allow-lists and leftmost-longest selection.
struct Candidate {
  /// Original scalar offsets.
  var start: Int
  var end: Int
  /// Folded scalar positions (allow-list containment and overlap are decided on these).
  var foldedStart: Int
  var foldedEnd: Int
  var entry: UInt32
  /// The pattern it resolves to, once resolved (-1: cancelled or a pure allow phrase).
  var pattern: Int = -1

  var foldedLength: Int { foldedEnd - foldedStart }
}
