import RehearseShell
import RehearseStore
import RehearseTestSupport
import Testing

/// `quiz --id` and `quiz --unseen`: choosing which questions a quiz asks.
@Suite("Choosing quiz questions", .serialized)
struct QuizChoosingTests {
  @Test func quizByIDAsksExactlyThoseInThatOrder() throws {
    let recorder = AttemptRecorder(store: try makeInMemoryStore(), trainee: "王芳", team: nil)
    let transcript = try runShell(
      ["use alpha", "quiz --id q-argue q-window", "对", "60分钟"], recorder: recorder)
    #expect(transcript.output.contains("questions to answer: 2"))
    #expect(try recorder.store.attempts().map(\.item) == ["q-argue", "q-window"])
  }

  @Test func anUnknownIDIsAnErrorInEitherLanguage() throws {
    let english = try runShell(["use alpha", "quiz --id nope"])
    #expect(english.errors.contains("No question “nope” in this pack"))
    let chinese = try runShell(["use alpha", "quiz --id nope"], language: .chinese)
    #expect(chinese.errors.contains("本内容包中没有题目“nope”"))
  }

  @Test func unseenLeavesOutWhatWasAnswered() throws {
    let recorder = AttemptRecorder(store: try makeInMemoryStore(), trainee: "王芳", team: nil)
    _ = try runShell(["use alpha", "quiz --id q-window", "60分钟"], recorder: recorder)
    _ = try runShell(
      ["use alpha", "quiz --unseen --type number true-false", "对"], recorder: recorder)
    #expect(try recorder.store.attempts().map(\.item) == ["q-window", "q-argue"])
  }
}
