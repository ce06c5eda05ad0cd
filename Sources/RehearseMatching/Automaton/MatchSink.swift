/// Receives what the scanning loop finds, one folded scalar at a time.
///
/// The loop is generic over its sink so that each kind is compiled into its own specialised
/// loop: `StreamingSelection` (the fast path, which selects leftmost-longest hits as it goes)
/// and `CandidateCollection` (every candidate, for lines where allow phrases are in play).
protocol MatchSink: ~Copyable {
  /// A new line starts.
  mutating func reset()
  /// Folded scalar `position` starts at original offset `start` and ends at `start + 1`.
  mutating func folded(_ position: Int32, start: Int32)
  /// An entry of `length` folded scalars ends at folded scalar `position`; `code` is its
  /// `EntryRoles.codes`. Returns false when this sink cannot handle the entry and the line must
  /// be scanned again in another way.
  mutating func output(code: UInt32, length: Int32, at position: Int32) -> Bool
  /// The latest folded scalar also covers original scalars up to `end` (a combining mark or a
  /// collapsed repeat).
  mutating func extend(to end: Int32)
  /// The line ended after `foldedCount` folded scalars.
  mutating func finish(foldedCount: Int32, into hits: inout [PhraseHit])
}
