/// Scans lines for an automaton's phrases, reusing its scratch space from line to line.
///
/// The fast path of `rehearse check`: it reads UTF-8 bytes, folds and classes each scalar with
/// one table load, steps the automaton, selects leftmost-longest hits as it goes, and never
/// builds a `String`. Make one per thread and reuse it; it is non-copyable because it owns its
/// buffers (so it can move to another thread, but not be shared). The automaton it scans for
/// is shared.
public struct PhraseScanner: ~Copyable, Sendable {
  private var collection: CandidateCollection
  private var batch: BatchSelection

  init(tables: AutomatonTables, roles: EntryRoles) {
    collection = CandidateCollection(tables: tables, roles: roles)
    batch = BatchSelection(tables: tables)
  }

  /// Scans every line of `block` (UTF-8, separated by `\n`; a final line without one counts,
  /// an empty block has none) and calls `visit` with each line and its hits, in order.
  ///
  /// The fast path for many lines: they are scanned in batches, several at once (see
  /// `BatchSelection`, which also scans single lines), and each hit also carries its byte
  /// offsets in the line. Hits are the same as `scan(utf8:into:)` finds line by line.
  public mutating func scanLines(
    _ block: UnsafeBufferPointer<UInt8>, _ visit: (ScannedLine) -> Void
  ) {
    batch.scan(block, candidates: &collection, visit)
  }

  /// Scans one line of UTF-8 and replaces the contents of `hits` with what it finds.
  ///
  /// Offsets are in Unicode scalars of the line, ill-formed bytes counting as one U+FFFD per
  /// maximal subpart, as `String(decoding:as:)` counts them. A line must be shorter than 2 GiB.
  public mutating func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, into hits: inout [PhraseHit]) {
    hits.removeAll(keepingCapacity: true)
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    batch.scanLine(base, bytes.count, candidates: &collection, into: &hits)
  }
}
