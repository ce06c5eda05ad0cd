import RehearseMatching
import Testing

/// The debug dump of the automaton's tables, on automata small enough to check by hand.
@Suite("Automaton dump")
struct AutomatonDumpTests {
  @Test func aTinyAutomatonReadsAsItsTrie() {
    // 不知道 and 知道: the second is a suffix of the first, so the state after 不知道 fails to
    // the state after 知道 and outputs both, longest first. Offsets are word offsets of the
    // records: three words (fail, output count, shape) plus two per output.
    let automaton = PhraseAutomaton(patterns: [PatternSpec("不知道"), PatternSpec("知道")])
    #expect(
      automaton.debugDescription == """
        0 root
          不 → 3, 知 → 16
        3 fail 0
          知 → 6
        6 fail 16
          道 → 9
        9 fail 19, out pattern 0 (3), pattern 1 (2)
        16 fail 0
          道 → 19
        19 fail 0, out pattern 1 (2)
        """)
  }

  @Test func foldedFormsAndAllowPhrasesShow() {
    // 們 folds to 们; an allow phrase makes its pattern's entry one to resolve.
    let automaton = PhraseAutomaton(patterns: [PatternSpec("我們", allow: ["我们好"])])
    let dump = automaton.debugDescription
    #expect(dump.contains("我 → "))
    #expect(dump.contains("们 → "))
    #expect(!dump.contains("們"))
    #expect(dump.contains("out entry 0? (2)"))
    #expect(dump.contains("out entry 1? (3)"))
  }

  @Test func aStateWithManyChildrenListsThemAll() {
    // More than eight children: the state's edges are a hash table; the dump lists them sorted.
    let endings = Array("零一二三四五六七八九十")
    let automaton = PhraseAutomaton(patterns: endings.map { PatternSpec("第\($0)") })
    let lines = automaton.debugDescription.split(separator: "\n")
    let edgesOfFirst = lines[lines.firstIndex { $0.hasSuffix("fail 0") }! + 1]
    #expect(edgesOfFirst.split(separator: ",").count == endings.count)
    for (index, _) in endings.enumerated() {
      #expect(lines.contains { $0.hasSuffix("out pattern \(index) (2)") })
    }
  }
}
