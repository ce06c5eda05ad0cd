import Foundation
import RehearseMatching

/// The files scripts/bench_matching_data.py writes: phrases, corpus, a content set and answers.
struct BenchmarkData {
  /// 10,000 forbidden phrases (simplified), one per line.
  let phrases: [String]
  /// The corpus as raw bytes, and the byte range of each line (newline excluded).
  let corpus: [UInt8]
  let lines: [Range<Int>]
  /// A realistic content set: a few hundred phrases with allow lists.
  let content: [PatternSpec]
  /// Trainees' answers to check against the content set.
  let answers: [String]

  init(directory: URL) throws {
    func text(_ name: String) throws -> String {
      try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }
    phrases = try text("phrases.txt").split(separator: "\n").map(String.init)
    corpus = Array(try Data(contentsOf: directory.appendingPathComponent("corpus.txt")))
    var lines: [Range<Int>] = []
    var start = 0
    for (index, byte) in corpus.enumerated() where byte == UInt8(ascii: "\n") {
      lines.append(start..<index)
      start = index + 1
    }
    if start < corpus.count { lines.append(start..<corpus.count) }
    self.lines = lines
    content = try text("content.tsv").split(separator: "\n").map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      let allow =
        fields.count > 1 && !fields[1].isEmpty
        ? fields[1].split(separator: "|").map(String.init) : []
      return PatternSpec(String(fields[0]), allow: allow)
    }
    answers = try text("answers.txt").split(separator: "\n").map(String.init)
  }
}
