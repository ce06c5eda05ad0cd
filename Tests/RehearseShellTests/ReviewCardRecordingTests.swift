import Foundation
import RehearseShell
import RehearseStore
import RehearseTestSupport
import Testing

/// Every recorded answer carries its card as FSRS schedules it after that answer.
@Suite("Review cards in the records", .serialized)
struct ReviewCardRecordingTests {
  @Test func eachAnswerSchedulesItsCardFromTheLastOne() throws {
    let recorder = AttemptRecorder(store: try makeInMemoryStore(), trainee: "王芳", team: nil)
    // Right, then wrong; then the same two questions again, wrong and right.
    _ = try runShell(
      ["use alpha", "quiz --type number true-false", "60分钟", "对"], recorder: recorder)
    _ = try runShell(
      ["use alpha", "quiz --type number true-false", "5分钟", "错"], recorder: recorder)
    let attempts = try recorder.store.attempts()
    #expect(attempts.map(\.item) == ["q-window", "q-argue", "q-window", "q-argue"])
    let cards = try attempts.map { try #require($0.card) }
    // A first Good is FSRS's S0(Good) at learning step 2; a first Again is S0(Again).
    #expect(cards[0].state == .learning)
    #expect(abs(cards[0].stability - 2.3065) < 1e-9)
    #expect(cards[0].due.timeIntervalSince(attempts[0].answeredAt).rounded() == 600)
    #expect(abs(cards[1].stability - 0.212) < 1e-9)
    #expect(cards[1].due.timeIntervalSince(attempts[1].answeredAt).rounded() == 60)
    // The second answers continue from the first cards.
    #expect(cards[2].stability < cards[0].stability)
    #expect(cards[2].difficulty > cards[0].difficulty)
    #expect(cards[3].difficulty < cards[1].difficulty)
  }

  @Test func aNewSessionResumesTheCardsFromTheStore() throws {
    let store = try makeInMemoryStore()
    let first = AttemptRecorder(store: store, trainee: "王芳", team: nil)
    _ = try runShell(["use alpha", "quiz --type number", "60分钟"], recorder: first)
    let second = AttemptRecorder(store: store, trainee: "王芳", team: nil)
    _ = try runShell(["use alpha", "quiz --type number", "60分钟"], recorder: second)
    let cards = try store.attempts().map { try #require($0.card) }
    // Good at step 2 of learning graduates the card to review.
    #expect(cards.map(\.state) == [.learning, .review])
  }
}
