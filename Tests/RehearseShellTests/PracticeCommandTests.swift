import RehearseLocalization
import RehearseShell
import RehearseStore
import RehearseTestSupport
import Testing

/// Quizzes, dialogues, review, scores and export in the shell, with an in-memory store.
@Suite("Practice in the shell", .serialized)
struct PracticeCommandTests {
  func recorder() throws -> AttemptRecorder {
    AttemptRecorder(store: try makeInMemoryStore(), trainee: "王芳", team: "一班")
  }

  @Test func aQuizAsksExplainsScoresAndRecordsEachAnswer() throws {
    let recorder = try recorder()
    let transcript = try runShell(
      ["use alpha", "quiz --type number true-false", "60分钟", "对"], recorder: recorder)
    #expect(transcript.output.contains("Quiz: 甲规范 — questions to answer: 2"))
    #expect(transcript.output.contains("Question 1/2 · number\n赴约时间前后不得超过多久？"))
    #expect(transcript.output.contains("✔ Correct.\n  赴约时间前后不得超过1小时。\n  《甲规范》第一条 第1款"))
    #expect(transcript.output.contains("✘ Not quite.\n  The answer: false"))
    #expect(transcript.output.contains("Score: 1/2 (50%) on 2 answered."))
    #expect(transcript.output.contains("To go over again: q-argue"))
    let attempts = try recorder.store.attempts()
    #expect(attempts.map(\.item) == ["q-window", "q-argue"])
    #expect(attempts.map(\.passed) == [true, false])
    #expect(attempts[0].answer == "60分钟")
    #expect(attempts[0].trainee == "王芳")
    #expect(attempts[0].team == "一班")
    #expect(attempts[1].feedback.hasPrefix("✘ Not quite. The answer: false"))
  }

  @Test func unreadableAnswersAreAskedAgainAndNotRecorded() throws {
    let recorder = try recorder()
    let transcript = try runShell(
      ["use alpha", "quiz --type single", "胸前", "B"], recorder: recorder)
    #expect(
      transcript.output.contains("That is not an answer to this question. Answer with one letter."))
    #expect(transcript.output.contains("✔ Correct."))
    #expect(try recorder.store.count() == 1)
  }

  @Test func anEmptyAnswerSkipsAndTheEndOfInputStops() throws {
    let recorder = try recorder()
    let transcript = try runShell(["use alpha", "quiz --count 3", "", "错"], recorder: recorder)
    #expect(transcript.output.contains("Skipped."))
    #expect(transcript.output.contains("Stopped."))
    #expect(transcript.output.contains("Score: 1/1 (100%) on 1 answered."))
    #expect(transcript.output.contains("1 skipped."))
  }

  @Test func orderQuestionsAreShownShuffledAndAnsweredByNumber() throws {
    let transcript = try runShell(["use alpha", "quiz --type order", "1 2 3"])
    #expect(transcript.output.contains("  1. 安装\n  2. 受理\n  3. 预约"))
    #expect(transcript.output.contains("The right order: 2 3 1 (受理 → 预约 → 安装)"))
  }

  @Test func aDialogueScoresEachTurnAndUnderlinesWhatMustNotBeSaid() throws {
    let recorder = try recorder()
    let transcript = try runShell(
      ["dialogue alpha/book-visit", "您好，请问张先生在吗？", "這 不 可能是我們的錯"], recorder: recorder)
    #expect(transcript.output.contains("Role-play: 电话预约"))
    #expect(
      transcript.output.contains(
        "Customer: 喂，哪位？\n  ✔ 问候\n  ✘ 自报公司和岗位\n    The rule: 自报公司和岗位 (《甲规范》第三条 第1句)\n  Not yet. 5/10 points"
      ))
    // Feedback teaches the behaviour, never the cue words that detect it.
    #expect(!transcript.output.contains("铁通 / 客户代表"))
    #expect(!transcript.output.contains("for example"))
    #expect(
      transcript.output.contains(
        "    這 不 可能是我們的錯\n    ^^^^^^^^^^^^^^^^^^^^\n    [banned] “這 不 可能是我們的錯” is “这不可能是我们的错”, which must not be\n    said."
      ))
    #expect(transcript.output.contains("Total: 5/20 (25%)"))
    let attempts = try recorder.store.attempts()
    #expect(attempts.map(\.step) == [1, 2])
    #expect(attempts.map(\.score) == [5, 0])
    #expect(attempts.allSatisfy { $0.kind == .dialogue && $0.item == "book-visit" })
  }

  @Test func theStoreReceivesTheJudgedResultNotTheScreen() throws {
    let recorder = try recorder()
    // A narrow terminal wraps and underlines; what is stored is made from the result instead.
    _ = try runShell(
      ["dialogue alpha/book-visit", "您好，请问张先生在吗？", "這 不 可能是我們的錯"], width: 20,
      recorder: recorder)
    let attempts = try recorder.store.attempts()
    try #require(attempts.count == 2)
    #expect(attempts[0].elementsMet == ["greeting"])
    #expect(attempts[0].elementsMissed == ["self-introduction"])
    #expect(attempts[0].forbiddenSaid == [])
    #expect(attempts[1].forbiddenSaid == ["not-our-fault"])
    // Each piece of the explanation once, unwrapped, with no underline art.
    #expect(attempts[0].feedback.contains("✔ 问候 ✘ 自报公司和岗位 The rule: 自报公司和岗位 (《甲规范》第三条 第1句)"))
    #expect(!attempts[1].feedback.contains("^"))
    #expect(
      attempts[1].feedback.contains(
        "[banned] “這 不 可能是我們的錯” is “这不可能是我们的错”, which must not be said."))
  }

  @Test func aDialogueTurnRecordsItsTitleElementsAndForbiddenPhrases() throws {
    let recorder = try recorder()
    _ = try runShell(
      ["dialogue alpha/book-visit", "您好，请问张先生在吗？", "這 不 可能是我們的錯"], recorder: recorder)
    let attempts = try recorder.store.attempts()
    #expect(attempts.map(\.itemTitle) == ["电话预约", "电话预约"])
    #expect(attempts[0].elementsMet == ["greeting"])
    #expect(attempts[0].elementsMissed == ["self-introduction"])
    #expect(attempts[0].forbiddenSaid == [])
    #expect(attempts[1].forbiddenSaid == ["not-our-fault"])
    #expect(attempts[0].run != nil)
    #expect(attempts[0].run == attempts[1].run)
    #expect(attempts.allSatisfy { $0.packVersion?.hasPrefix("fnv1a64:") == true })
  }

  @Test func aQuizAnswerRecordsTheChoicesTheRightAnswerAndItsRun() throws {
    let recorder = try recorder()
    _ = try runShell(
      ["use alpha", "quiz --type single number", "1小时", "A", "quiz --type true-false", "对"],
      recorder: recorder)
    let attempts = try recorder.store.attempts()
    #expect(attempts.map(\.item) == ["q-window", "q-badge", "q-argue"])
    #expect(attempts[1].itemTitle == "工牌应挂在哪里？")
    #expect(attempts[1].choices == ["腰间", "胸前正中", "口袋里"])
    #expect(attempts[1].rightAnswer == "B. 胸前正中")
    #expect(attempts[0].choices == nil)
    #expect(attempts[0].rightAnswer == "1 h")
    #expect(attempts[2].rightAnswer == "false")
    // One run per quiz played.
    #expect(attempts[0].run == attempts[1].run)
    #expect(attempts[1].run != attempts[2].run)
    #expect(attempts[0].packVersion == attempts[2].packVersion)
  }

  @Test func playIsTheSameAsDialogueAndOnlyDialoguesCanBePlayed() throws {
    let transcript = try runShell(["use alpha", "play intro"])
    #expect(transcript.errors == "“intro” is not a dialogue.\nType “dialogues” to list them.\n")
  }

  @Test func reviewAsksOnlyWhatWasLastGotWrong() throws {
    let recorder = try recorder()
    _ = try runShell(
      ["use alpha", "quiz --type number true-false", "2小时", "错"], recorder: recorder)
    let review = try runShell(["use alpha", "review", "1小时"], recorder: recorder)
    #expect(review.output.contains("Quiz: review of 甲规范 — questions to answer: 1"))
    #expect(review.output.contains("赴约时间前后不得超过多久？"))
    let again = try runShell(["use alpha", "review"], recorder: recorder)
    #expect(again.output.contains("Nothing to review in this pack"))
  }

  @Test func scoresSummariseProgress() throws {
    let recorder = try recorder()
    _ = try runShell(
      ["use alpha", "quiz --type number true-false", "1小时", "对"], recorder: recorder)
    let transcript = try runShell(["scores"], recorder: recorder)
    #expect(transcript.output.contains("Progress of 王芳"))
    #expect(transcript.output.contains("questions: 1 of 6 right at last answer, 1 to review"))
  }

  @Test func withoutAStoreThePracticeStillRunsButHistoryCommandsSaySo() throws {
    let transcript = try runShell(["use alpha", "quiz --count 1", "1", "review", "scores"])
    #expect(transcript.output.contains("✔ Correct."))
    #expect(
      transcript.errors
        == String(repeating: "Scores are not being kept in this session (no database).\n", count: 2)
    )
  }

  @Test func checkFindsForbiddenPhrasesInASentence() throws {
    let clean = try runShell(["use alpha", "check 对不起，但是您放心"])
    #expect(clean.output.hasSuffix("✔ No forbidden phrase.\n"))
    let flagged = try runShell(["use alpha", "check 我觉得这是我们公司的规定"])
    #expect(
      flagged.output.contains(
        "    我觉得这是我们公司的规定\n          ^^^^^^^^^^^^^^^^^^\n    [banned] “这是我们公司的规定” must not be said."
      ))
  }

  @Test func practiceIsExplainedInChinese() throws {
    let transcript = try runShell(["use alpha", "quiz --type true-false", "错"], language: .chinese)
    #expect(transcript.output.contains("测验：甲规范（共 1 题）"))
    #expect(transcript.output.contains("第 1/1 题 · 判断题"))
    #expect(transcript.output.contains("✔ 正确。"))
    #expect(transcript.output.contains("得分：1/1（100%）（已答 1 题）。"))
  }

  @Test func badQuizOptionsAreExplained() throws {
    let transcript = try runShell(["use alpha", "quiz --type essay", "quiz --count 0"])
    #expect(transcript.errors.contains("Unknown question type “essay”"))
    #expect(transcript.errors.contains("--count must be 1 or more."))
  }
}
