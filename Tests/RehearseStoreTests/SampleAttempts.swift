import Foundation
import RehearseStore

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

/// An attempt with every field of the second schema version set.
func completeAttempt(at date: Date = Date(timeIntervalSince1970: 1_800_000_000)) -> Attempt {
  var attempt = Attempt(
    session: UUID(), trainee: "李强", team: nil, pack: "alpha", item: "book-visit", kind: .dialogue,
    step: 2, prompt: "喂，哪位？", answer: "您好\u{0}，我是装维", score: 5, maxScore: 10, passed: false,
    feedback: "缺少：问候", answeredAt: date)
  attempt.run = UUID()
  attempt.itemTitle = "预约上门"
  attempt.choices = ["A 一小时", "B 两小时"]
  attempt.rightAnswer = "B. 两小时"
  attempt.elementsMet = ["greet"]
  attempt.elementsMissed = ["name", "time"]
  attempt.forbiddenSaid = ["no-way"]
  attempt.responseTimeMs = 4_250
  attempt.packVersion = "sha256:0123abcd"
  attempt.review = CardState(
    state: .relearning, stability: 1.2931, difficulty: 6.3574867,
    due: Date(timeIntervalSince1970: 1_800_000_600))
  return attempt
}
