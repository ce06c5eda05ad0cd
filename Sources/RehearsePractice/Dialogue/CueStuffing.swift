import RehearseMatching

/// Whether an answer is cue words strung together rather than something said to a customer.
///
/// Four signals, any of which is enough: it is written as space-separated words rather than
/// sentences (`readsAsWordList`) and holds two or more cues; the answer's cue matches leave almost none of its
/// own wording (at least three cues and fewer than a sixth of its characters, or three, outside
/// them); one element's synonyms are listed three deep while cue words make up half the answer
/// (people say one apology, not 「对不起抱歉不好意思」); or it meets five or more elements the
/// turn does not ask for while cue words make up half of it (one fixed string of a whole pack's
/// cues). Overlapping cues (查明 inside 查明原因) count once.
public enum CueStuffing {
  public static func isStuffed(
    _ report: ElementReport, expected: Set<String>, answer: String = ""
  ) -> Bool {
    let present = report.results.filter(\.isPresent)
    let cueCount = distinct(present.flatMap { $0.foundAny + $0.foundAll })
    if cueCount >= 2, readsAsWordList(answer) { return true }
    let ownWording = report.uncoveredCount
    if cueCount >= 3, ownWording < max(3, report.foldedCount / 6) { return true }
    let mostlyCues = report.coveredCount * 2 >= report.foldedCount
    if mostlyCues, present.contains(where: { distinct($0.foundAny) >= 3 }) { return true }
    let unasked = present.filter { !expected.contains($0.id) }.count
    return unasked >= 5 && mostlyCues
  }

  /// Chinese sentences are not written with spaces between words: three or more space-separated
  /// pieces, most of them a word or two long, read as a list of key words, not as sentences.
  static func readsAsWordList(_ answer: String) -> Bool {
    let pieces = answer.split(whereSeparator: \.isWhitespace)
    guard pieces.count >= 3 else { return false }
    let short = pieces.filter { $0.unicodeScalars.count <= 3 }.count
    return short * 3 >= pieces.count * 2
  }

  /// How many of the matches do not overlap one counted before them.
  private static func distinct(_ matches: [CueMatch]) -> Int {
    var taken: [Range<Int>] = []
    for match in matches.sorted(by: { $0.range.count > $1.range.count })
    where !taken.contains(where: { $0.overlaps(match.range) }) {
      taken.append(match.range)
    }
    return taken.count
  }
}
