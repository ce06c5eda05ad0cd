import Foundation
import RehearseStore
import RehearseTestSupport
import Testing

/// What every score store backend must do; each test runs once per backend in
/// `StoreBackend.all`.
@Suite("Score store, every backend")
struct ScoreStoreTests {
  @Test(arguments: StoreBackend.all)
  func recordedAttemptsComeBackWithIds(_ backend: StoreBackend) throws {
    let store = try backend.makeStore()
    let first = try store.record(sampleAttempt())
    let second = try store.record(sampleAttempt(item: "q-argue"))
    #expect(first.id != nil)
    #expect(second.id != nil)
    #expect(first.id != second.id)
    let all = try store.attempts()
    #expect(all.map(\.item) == ["q-window", "q-argue"])
    #expect(all[0] == first)
  }

  @Test(arguments: StoreBackend.all)
  func everyFieldComesBackAsRecorded(_ backend: StoreBackend) throws {
    let store = try backend.makeStore()
    let recorded = try store.record(completeAttempt())
    let read = try #require(try store.attempts().first)
    #expect(read == recorded)
    // A NUL byte does not cut the answer short.
    #expect(read.answer == "您好\u{0}，我是装维")
    #expect(read.review?.state == .relearning)
  }

  @Test(arguments: StoreBackend.all)
  func anAttemptSentTwiceIsKeptOnce(_ backend: StoreBackend) throws {
    let store = try backend.makeStore()
    let attempt = sampleAttempt()
    let first = try store.record(attempt)
    let again = try store.record(attempt)
    #expect(again == first)
    #expect(try store.count() == 1)
  }

  @Test(arguments: StoreBackend.all)
  func filtersByTraineeTeamPackKindAndDate(_ backend: StoreBackend) throws {
    let store = try backend.makeStore()
    let day: TimeInterval = 86_400
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    try store.record(sampleAttempt(trainee: "王芳", team: "一班", pack: "alpha", at: start))
    try store.record(
      sampleAttempt(trainee: "李强", team: "二班", pack: "alpha", at: start.addingTimeInterval(day)))
    try store.record(
      sampleAttempt(trainee: "王芳", team: "一班", pack: "beta", at: start.addingTimeInterval(2 * day)))
    try store.record(completeAttempt(at: start.addingTimeInterval(3 * day)))
    let filters = [
      AttemptFilter(trainee: "王芳"), AttemptFilter(team: "二班"), AttemptFilter(pack: "alpha"),
      AttemptFilter(since: start.addingTimeInterval(day)),
      AttemptFilter(until: start.addingTimeInterval(day)),
      AttemptFilter(trainee: "王芳", pack: "beta"), AttemptFilter(kind: .dialogue),
      AttemptFilter(kind: .question, since: start.addingTimeInterval(day)),
    ]
    let all = try store.attempts()
    #expect(all.count == 4)
    for filter in filters {
      let expected = all.filter(filter.matches)
      #expect(try store.attempts(matching: filter) == expected, "\(filter)")
      #expect(try store.count(matching: filter) == expected.count, "\(filter)")
    }
    #expect(try store.count(matching: AttemptFilter(trainee: "王芳")) == 2)
    #expect(try store.count(matching: AttemptFilter(kind: .dialogue)) == 1)
  }

  @Test(arguments: StoreBackend.all)
  func attemptsStreamOldestFirstAndStopOnError(_ backend: StoreBackend) throws {
    let store = try backend.makeStore()
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    // Recorded out of order: the stream follows the answer time.
    for offset in [3, 1, 2, 0] {
      try store.record(
        sampleAttempt(item: "q-\(offset)", at: start.addingTimeInterval(Double(offset))))
    }
    var seen: [String] = []
    try store.forEachAttempt(matching: AttemptFilter()) { seen.append($0.item) }
    #expect(seen == ["q-0", "q-1", "q-2", "q-3"])
    struct Stop: Error {}
    var handed = 0
    #expect(throws: Stop.self) {
      try store.forEachAttempt(matching: AttemptFilter()) { _ in
        handed += 1
        if handed == 2 { throw Stop() }
      }
    }
    #expect(handed == 2)
  }

  @Test(arguments: StoreBackend.all)
  func theLatestAttemptAtEachQuestionDecides(_ backend: StoreBackend) throws {
    let store = try backend.makeStore()
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    try store.record(sampleAttempt(item: "q-a", passed: false, at: start))
    try store.record(sampleAttempt(item: "q-a", passed: true, at: start.addingTimeInterval(60)))
    try store.record(sampleAttempt(item: "q-b", passed: true, at: start))
    try store.record(sampleAttempt(item: "q-b", passed: false, at: start.addingTimeInterval(60)))
    try store.record(sampleAttempt(pack: "beta", item: "q-a", passed: false, at: start))
    try store.record(sampleAttempt(trainee: "李强", item: "q-c", passed: false, at: start))
    let latest = try store.latestAttempts(matching: AttemptFilter(trainee: "王芳"))
    #expect(latest.count == 3)
    #expect(latest[Attempt.Subject(pack: "alpha", item: "q-a")]?.passed == true)
    #expect(latest[Attempt.Subject(pack: "alpha", item: "q-b")]?.passed == false)
    #expect(latest[Attempt.Subject(pack: "beta", item: "q-a")]?.passed == false)
  }
}
