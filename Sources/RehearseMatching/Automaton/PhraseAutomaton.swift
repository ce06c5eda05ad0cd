/// Finds forbidden phrases: one Aho–Corasick automaton over folded text for all patterns and
/// their allow phrases, built once per content load.
///
/// Matches are leftmost-longest and non-overlapping, reported in the original text's scalar
/// offsets, in order of `start`. A hit of a pattern is cancelled when it lies wholly inside a
/// match of one of that pattern's allow phrases; cancelled hits do not hide other patterns.
/// Where several patterns have the same folded text, the lowest index is reported.
public struct PhraseAutomaton: Sendable {
  let tables: AutomatonTables
  let roles: EntryRoles

  /// The folder both patterns and texts are folded with.
  public let folder: TextFolder
  /// Indices of patterns whose text folds to nothing (only noise); they never match.
  public let unmatchablePatterns: [Int]

  /// Builds the automaton for `patterns`, folded by `folder`.
  public init(patterns: [PatternSpec], folder: TextFolder = TextFolder()) {
    let collector = EntryCollector(specs: patterns, folder: folder)
    self.folder = folder
    unmatchablePatterns = collector.unmatchable
    roles = collector.roles
    tables = AutomatonBuilder(
      entries: collector.entries, codes: roles.codes, foldTable: folder.table
    )
    .build()
  }

  /// The hits in `text`.
  public func matches(in text: String) -> [PhraseHit] {
    var scanner = makeScanner()
    var hits: [PhraseHit] = []
    var text = text
    text.withUTF8 { scanner.scan(utf8: $0, into: &hits) }
    return hits
  }

  /// The hits in a line given as UTF-8 bytes (ill-formed bytes count as U+FFFD).
  public func matches(inUTF8 bytes: some Sequence<UInt8>) -> [PhraseHit] {
    var scanner = makeScanner()
    var hits: [PhraseHit] = []
    let handled: Void? = bytes.withContiguousStorageIfAvailable {
      scanner.scan(utf8: $0, into: &hits)
    }
    if handled == nil {
      Array(bytes).withUnsafeBufferPointer { scanner.scan(utf8: $0, into: &hits) }
    }
    return hits
  }

  /// A scanner with its own scratch space, for scanning many lines without allocating.
  public func makeScanner() -> PhraseScanner {
    PhraseScanner(tables: tables, roles: roles)
  }
}
