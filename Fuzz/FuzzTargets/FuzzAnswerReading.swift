import RehearseContent
import RehearsePractice

/// libFuzzer target: reading answers (choices, true or false, numbers with units, orders) and
/// grading number questions whose right answer is near the integer range. The first byte
/// chooses a count and a right answer; the rest is the answer.
extension FuzzTargets {
  public static func answerReading(_ bytes: [UInt8]) {

    guard let first = bytes.first else { return }
    let answer = FuzzInput.text(Array(bytes.dropFirst()))
    let choiceCount = Int(first % 40) + 1
    _ = AnswerReading.choices(answer, count: choiceCount)
    _ = AnswerReading.trueOrFalse(answer)
    _ = AnswerReading.duration(answer)
    _ = AnswerReading.order(answer, count: choiceCount)
    let rightAnswers = [0, 1, 72, Int.max, Int.min, Int.max / 60, Int.max / 43_200 + 1, -1]
    let units: [TimeUnit?] = [nil] + TimeUnit.allCases
    let grader = QuestionGrader(matcher: AnswerReadingFixture.matcher)
    var question = AnswerReadingFixture.question
    question.form = .number(
      answer: rightAnswers[Int(first) % rightAnswers.count], unit: units[Int(first) % units.count])
    _ = grader.grade(question, answer: answer)
  }
}

enum AnswerReadingFixture {
  /// The first bundled pack with a question, and that question (its form is replaced).
  static let matcher = PackMatcher(pack: pack)
  static let pack = FuzzInput.bundledContent.packs.first { !$0.questions.isEmpty }!
  static let question = pack.questions[0]
}
