import RehearseContent
import RehearsePractice

/// libFuzzer target: the bytes as a trainee's answer, scored against every bundled pack: its
/// forbidden phrases and key elements, one phrase and one dialogue step chosen by the input,
/// and every question.
extension FuzzTargets {
  public static func scoring(_ bytes: [UInt8]) {

    let answer = FuzzInput.text(bytes)
    let pick = bytes.reduce(0) { ($0 &* 31) &+ Int($1) } & Int.max
    for matcher in Scoring.matchers {
      let pack = matcher.pack
      _ = matcher.flags(in: answer)
      _ = matcher.elements(in: answer)
      if !pack.phrases.isEmpty {
        _ = matcher.score(answer, againstPhrase: pack.phrases[pick % pack.phrases.count].id)
      }
      let grader = QuestionGrader(matcher: matcher)
      for question in pack.questions { _ = grader.grade(question, answer: answer) }
      let steps = pack.dialogues.flatMap(\.steps)
      if !steps.isEmpty {
        _ = TurnGrader(matcher: matcher).grade(steps[pick % steps.count], answer: answer)
      }
    }
  }
}

enum Scoring {
  /// One matcher per bundled pack, built once.
  static let matchers = FuzzInput.bundledContent.packs.map { PackMatcher(pack: $0) }
}
