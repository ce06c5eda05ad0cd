import RehearseMatching

/// Whether an answer is cue words strung together rather than something said to a customer.
///
/// Three signals, any of which is enough: the answer's cue matches leave almost none of its
/// own wording (at least three cues and fewer than a quarter of its characters, or three, outside
/// them); one element's synonyms are listed three deep, or two elements' two deep (people say one
/// apology, not 「对不起抱歉不好意思」); or it meets five or more elements the turn does not ask
/// for while cue words make up most of it (one fixed string of a whole pack's cues).
public enum CueStuffing {
  public static func isStuffed(_ report: ElementReport, expected: Set<String>) -> Bool {
    let present = report.results.filter(\.isPresent)
    let cueCount = present.reduce(0) { $0 + $1.foundAny.count + $1.foundAll.count }
    let ownWording = report.uncoveredCount
    if cueCount >= 3, ownWording < max(3, report.foldedCount / 4) { return true }
    let synonymDepths = present.map(\.foundAny.count)
    if synonymDepths.contains(where: { $0 >= 3 }) { return true }
    if synonymDepths.filter({ $0 >= 2 }).count >= 2 { return true }
    let unasked = present.filter { !expected.contains($0.id) }.count
    if unasked >= 5, report.coveredCount * 2 >= report.foldedCount { return true }
    return false
  }
}
