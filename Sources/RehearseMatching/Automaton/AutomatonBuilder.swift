/// Compiles folded patterns into `AutomatonTables`: a trie over character classes, failure links
/// (Aho–Corasick) and, for each state, every entry that ends there.
struct AutomatonBuilder {
  /// The distinct folded strings to find (patterns and allow phrases share them).
  let entries: [[UInt32]]
  /// What the automaton outputs for each entry (`EntryRoles.codes`).
  let codes: [UInt32]
  let foldTable: FoldTable

  func build() -> AutomatonTables {
    var classes = SymbolClasses()
    let symbolEntries = entries.map { $0.map { classes.symbol(for: $0) } }
    let trie = Trie(entries: symbolEntries)
    let layout = NodeLayout(trie: trie, codes: codes, symbolCount: classes.count)
    let classTables = classes.classTables(folding: foldTable)
    return AutomatonTables(
      classTable: classTables.narrow,
      wideClasses: classTables.wide,
      rootNext: layout.rootNext,
      nodes: layout.nodes,
      astralClasses: classes.astral,
      foldTable: foldTable,
      longestEntry: entries.map(\.count).max() ?? 0
    )
  }
}
