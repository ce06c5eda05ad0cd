import RehearseMatching

/// libFuzzer target: folding and the phrase automaton. The bytes before the first NUL are
/// patterns, one a line (`pattern|allowed|allowed`); the rest is the text scanned. Besides not
/// crashing, hits must lie inside the text, and the text and UTF-8 scans must agree.
extension FuzzTargets {
  public static func matching(_ bytes: [UInt8]) {
    let (patternBytes, textBytes) = FuzzInput.halves(bytes)
    let patterns = FuzzInput.text(patternBytes).split(separator: "\n").prefix(64).map { line in
      let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      return PatternSpec(parts[0], allow: Array(parts.dropFirst()))
    }
    let text = FuzzInput.text(textBytes)
    for folder in [TextFolder(), TextFolder(options: [])] {
      let folded = folder.fold(text)
      precondition(folded.originalCount == text.unicodeScalars.count)
      precondition(folded.originalStarts.allSatisfy { $0 >= 0 && $0 <= folded.originalCount })
      let automaton = PhraseAutomaton(patterns: patterns, folder: folder)
      let hits = automaton.matches(in: text)
      for hit in hits {
        precondition(hit.pattern >= 0 && hit.pattern < patterns.count)
        precondition(hit.start >= 0 && hit.start <= hit.end && hit.end <= folded.originalCount)
      }
      precondition(automaton.matches(inUTF8: Array(text.utf8)) == hits)
    }
  }
}
