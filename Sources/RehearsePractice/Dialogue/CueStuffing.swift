import RehearseMatching

/// Whether an answer is cue words strung together rather than something said to a customer.
///
/// Three signals, any of which is enough: the answer's cue matches leave almost none of its
/// own wording (at least three cues and fewer than a sixth of its characters, or three, outside
/// them); one element's synonyms are listed three deep while cue words make up half the answer
/// (people say one apology, not 「对不起抱歉不好意思」); or it meets five or more elements the
/// turn does not ask for while cue words make up half of it (one fixed string of a whole pack's
/// cues). Overlapping cues (查明 inside 查明原因) count once.
public enum CueStuffing {
  public static func isStuffed(_ report: ElementReport, expected: Set<String>) -> Bool {
    let present = report.results.filter(\.isPresent)
    let cueCount = distinct(present.flatMap { $0.foundAny + $0.foundAll })
    let ownWording = report.uncoveredCount
    if cueCount >= 3, ownWording < max(3, report.foldedCount / 6) { return true }
    let mostlyCues = report.coveredCount * 2 >= report.foldedCount
    if mostlyCues, present.contains(where: { distinct($0.foundAny) >= 3 }) { return true }
    let unasked = present.filter { !expected.contains($0.id) }.count
    return unasked >= 5 && mostlyCues
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
