import RehearseContent
import RehearsePractice
import Testing

@Suite("Grading quiz answers")
struct QuestionGraderTests {
  @Test func singleChoice() throws {
    let matcher = try alphaMatcher()
    let grader = QuestionGrader(matcher: matcher)
    let question = matcher.question("q-badge")
    #expect(grader.grade(question, answer: "B").outcome == .correct)
    #expect(grader.grade(question, answer: "ｂ").outcome == .correct)
    #expect(grader.grade(question, answer: "A").outcome == .incorrect)
    #expect(grader.grade(question, answer: "AB").outcome == .unreadable)
    #expect(grader.grade(question, answer: "胸前").outcome == .unreadable)
  }

  @Test func multipleChoiceNeedsExactlyTheRightSet() throws {
    let matcher = try alphaMatcher()
    let grader = QuestionGrader(matcher: matcher)
    let question = matcher.question("q-banned")
    #expect(grader.grade(question, answer: "AC").outcome == .correct)
    #expect(grader.grade(question, answer: "c a").outcome == .correct)
    #expect(grader.grade(question, answer: "A").outcome == .incorrect)
    #expect(grader.grade(question, answer: "ACD").outcome == .incorrect)
    #expect(grader.grade(question, answer: "ACD").chosen == [0, 2, 3])
  }

  @Test func trueOrFalse() throws {
    let matcher = try alphaMatcher()
    let grader = QuestionGrader(matcher: matcher)
    let question = matcher.question("q-argue")
    #expect(grader.grade(question, answer: "错").outcome == .correct)
    #expect(grader.grade(question, answer: "对").outcome == .incorrect)
    #expect(grader.grade(question, answer: "maybe").outcome == .unreadable)
  }

  @Test func numbersCompareAsDurations() throws {
    let matcher = try alphaMatcher()
    let grader = QuestionGrader(matcher: matcher)
    let question = matcher.question("q-window")  // 1 hour
    #expect(grader.grade(question, answer: "1").outcome == .correct)
    #expect(grader.grade(question, answer: "1小时").outcome == .correct)
    #expect(grader.grade(question, answer: "一个小时").outcome == .correct)
    #expect(grader.grade(question, answer: "60分钟").outcome == .correct)
    #expect(grader.grade(question, answer: "2小时").outcome == .incorrect)
    #expect(grader.grade(question, answer: "1天").outcome == .incorrect)
    #expect(grader.grade(question, answer: "不知道").outcome == .unreadable)
  }

  @Test func orderIsAnsweredWithTheNumbersShown() throws {
    let matcher = try alphaMatcher()
    let grader = QuestionGrader(matcher: matcher)
    let question = matcher.question("q-install-order")  // 受理, 预约, 安装
    let shown = QuizSelection.presentation(of: question)
    #expect(shown.count == 3)
    #expect(shown != [0, 1, 2])
    #expect(QuizSelection.presentation(of: question) == shown, "presentation is deterministic")
    // Answer with the positions at which the correct items were shown.
    let right = (0..<3).map { item in String(shown.firstIndex(of: item)! + 1) }.joined(
      separator: " ")
    #expect(grader.grade(question, answer: right, presented: shown).outcome == .correct)
    let wrong = grader.grade(question, answer: "1 2 3", presented: shown)
    #expect(wrong.outcome == .incorrect)
    #expect(wrong.givenOrder == shown)
  }

  @Test func phraseFromMemoryFillsSlotsAndToleratesSmallSlips() throws {
    let matcher = try alphaMatcher()
    let grader = QuestionGrader(matcher: matcher)
    let question = matcher.question("q-intro")  // 您好，我是铁通公司客户代表{name}。
    let exact = grader.grade(question, answer: "您好，我是铁通公司客户代表小王。")
    #expect(exact.outcome == .correct)
    #expect(exact.phraseScore?.slots.first?.value == "小王")
    let traditional = grader.grade(question, answer: "您好 我是鐵通公司客戶代表李明")
    #expect(traditional.outcome == .correct)
    let missing = grader.grade(question, answer: "我是小王")
    #expect(missing.outcome == .incorrect)
    #expect(!(missing.phraseScore?.missing.isEmpty ?? true))
    #expect(grader.grade(question, answer: "   ").outcome == .unreadable)
  }

  @Test func aBannedPhraseFailsASpokenAnswer() throws {
    let matcher = try alphaMatcher()
    let result = QuestionGrader(matcher: matcher).grade(
      matcher.question("q-intro"), answer: "您好，我是铁通公司客户代表小王，这不可能是我们的错")
    #expect(result.outcome == .incorrect)
    #expect(result.flags.map(\.phrase.id) == ["not-our-fault"])
  }

  @Test func selectionFiltersCountsAndShufflesReproducibly() throws {
    let pack = try alphaMatcher().pack
    #expect(QuizSelection(pack: pack).questions.map(\.id) == pack.questions.map(\.id))
    #expect(
      QuizSelection(pack: pack, types: ["true-false", "number"]).questions.map(\.id) == [
        "q-window", "q-argue",
      ])
    #expect(QuizSelection(pack: pack, count: 2).questions.count == 2)
    let first = QuizSelection(pack: pack, seed: 7).questions.map(\.id)
    #expect(QuizSelection(pack: pack, seed: 7).questions.map(\.id) == first)
    #expect(Set(first) == Set(pack.questions.map(\.id)))
  }
}
