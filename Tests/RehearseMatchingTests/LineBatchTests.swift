import RehearseMatching
import Testing

@Suite("Scanning blocks of lines") struct LineBatchTests {
  let automaton = PhraseAutomaton(patterns: [PatternSpec("不可能"), PatternSpec("我们的错")])

  @Test func everyLineGetsItsOwnHitsInOrder() {
    let text = "这不可能\n\n是我們的錯！不 可 能\r\n没有"
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for threads in [1, 2, 3, 8] {
      let result = Array(text.utf8).withUnsafeBufferPointer {
        automaton.scanLines(inUTF8: $0, concurrency: threads)
      }
      #expect(result.lineCount == 4)
      for (index, line) in lines.enumerated() {
        #expect(Array(result[index]) == automaton.matches(in: line), "line \(index), \(threads) threads")
      }
    }
  }

  @Test func aFinalNewlineEndsTheLastLineAndAnEmptyBlockHasNone() {
    let result = Array("不可能\n".utf8).withUnsafeBufferPointer { automaton.scanLines(inUTF8: $0, concurrency: 2) }
    #expect(result.lineCount == 1)
    #expect(Array(result[0]) == [PhraseHit(pattern: 0, start: 0, end: 3)])
    let empty = [UInt8]().withUnsafeBufferPointer { automaton.scanLines(inUTF8: $0, concurrency: 2) }
    #expect(empty.lineCount == 0)
  }
}
