import Foundation
import GRDB
import RehearseStore
import Testing

func sampleAttempt(
  trainee: String = "王芳", team: String? = "一班", pack: String = "alpha", item: String = "q-window",
  score: Double = 10, passed: Bool = true,
  at date: Date = Date(timeIntervalSince1970: 1_800_000_000)
) -> Attempt {
  Attempt(
    session: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, trainee: trainee,
    team: team, pack: pack,
    item: item, kind: .question, step: nil, prompt: "赴约时间前后不得超过多久？", answer: "1小时", score: score,
    maxScore: 10, passed: passed, feedback: "正确", answeredAt: date)
}

@Suite("Score store")
struct ScoreStoreTests {
  @Test func recordedAttemptsComeBackWithIds() throws {
    let store = try ScoreStore(writer: DatabaseQueue())
    let first = try store.record(sampleAttempt())
    let second = try store.record(sampleAttempt(item: "q-argue"))
    #expect(first.id == 1)
    #expect(second.id == 2)
    let all = try store.attempts()
    #expect(all.map(\.item) == ["q-window", "q-argue"])
    #expect(all[0] == first)
  }

  @Test func filtersByTraineeTeamPackAndDate() throws {
    let store = try ScoreStore(writer: DatabaseQueue())
    let day: TimeInterval = 86_400
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    try store.record(sampleAttempt(trainee: "王芳", team: "一班", pack: "alpha", at: start))
    try store.record(
      sampleAttempt(trainee: "李强", team: "二班", pack: "alpha", at: start.addingTimeInterval(day)))
    try store.record(
      sampleAttempt(trainee: "王芳", team: "一班", pack: "beta", at: start.addingTimeInterval(2 * day)))
    #expect(try store.count(matching: AttemptFilter(trainee: "王芳")) == 2)
    #expect(try store.count(matching: AttemptFilter(team: "二班")) == 1)
    #expect(try store.count(matching: AttemptFilter(pack: "alpha")) == 2)
    #expect(try store.count(matching: AttemptFilter(since: start.addingTimeInterval(day))) == 2)
    #expect(try store.count(matching: AttemptFilter(until: start.addingTimeInterval(day))) == 1)
    #expect(try store.count(matching: AttemptFilter(trainee: "王芳", pack: "beta")) == 1)
  }

  @Test func aDatabaseFileIsMigratedOnceAndReopened() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-\(UUID())/scores.sqlite"
    ).path
    do {
      let store = try ScoreStore.open(path: path)
      try store.record(sampleAttempt())
    }
    let reopened = try ScoreStore.open(path: path)
    #expect(try reopened.count() == 1)
  }

  @Test func severalWritersOnOneFileLoseNothing() async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-\(UUID())/scores.sqlite"
    ).path
    _ = try ScoreStore.open(path: path)
    // Four "trainees", each with their own connection pool, as separate processes would have.
    try await withThrowingTaskGroup(of: Void.self) { group in
      for trainee in 0..<4 {
        group.addTask {
          let store = try ScoreStore.open(path: path)
          for question in 0..<25 {
            try store.record(sampleAttempt(trainee: "学员\(trainee)", item: "q-\(question)"))
          }
        }
      }
      try await group.waitForAll()
    }
    let store = try ScoreStore.open(path: path)
    #expect(try store.count() == 100)
    #expect(try store.count(matching: AttemptFilter(trainee: "学员3")) == 25)
  }
}
