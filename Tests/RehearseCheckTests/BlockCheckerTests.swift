import RehearseCheck
import Synchronization
import Testing

/// `rehearse check` on several threads: reports finished out of order are parked and handed out
/// by whoever hands out the one before, so the output must be exactly the one-thread output.
@Suite("Block checker")
struct BlockCheckerTests {
  static let patterns = CheckPatterns(phraseList: "这不可能是我们的错\n不知道\n但是\n", file: "list.txt")
  static let wording = CheckOutput.Wording(
    flag: "{1} {2}: “{3}” is “{4}”", flagExact: "{1} {2}: “{3}”", instead: "; say instead: {1}",
    banned: "banned",
    discouraged: "avoid")

  /// What checking `block` with `threads` threads on pieces of `pieceBytes` writes, in the order
  /// it is handed out, and the totals.
  func run(_ block: [UInt8], threads: Int, pieceBytes: Int, json: Bool) -> (
    output: [UInt8], totals: BlockChecker.Totals
  ) {
    let report = CheckOutput(patterns: Self.patterns.patterns, json: json, wording: Self.wording)
    let checker = BlockChecker(
      automaton: Self.patterns.makeAutomaton(), report: report, concurrency: threads,
      pieceBytes: pieceBytes)
    let output = Mutex<[UInt8]>([])
    let totals = block.withUnsafeBufferPointer { bytes in
      checker.check(bytes, firstLine: 10, file: Array("in.txt".utf8)) { piece in
        output.withLock { $0 += piece }
      }
    }
    return (output.withLock { $0 }, totals)
  }

  @Test(arguments: [false, true])
  func manyThreadsOnTinyPiecesWriteWhatOneThreadWrites(json: Bool) {
    var text = ""
    for line in 0..<3_000 {
      // Lines of uneven length, so pieces take uneven time; some flagged, some clean.
      text += String(repeating: "好", count: line % 23)
      text += line % 3 == 0 ? "这 不可能是我们的错" : line % 3 == 1 ? "但是" : "没问题"
      text += String(repeating: "的", count: line % 7) + "\n"
    }
    let block = Array(text.utf8)
    let alone = run(block, threads: 1, pieceBytes: 1 << 20, json: json)
    #expect(alone.totals.lines == 3_000)
    #expect(alone.totals.flags == 2_000)
    #expect(alone.totals.bannedFound)
    for _ in 0..<5 {
      let together = run(block, threads: 8, pieceBytes: 64, json: json)
      #expect(together.output == alone.output)
      #expect(
        together.totals.lines == alone.totals.lines && together.totals.flags == alone.totals.flags)
    }
  }
}
