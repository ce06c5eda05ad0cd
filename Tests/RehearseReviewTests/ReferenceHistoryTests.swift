import Foundation
import RehearseReview
import RehearseTestSupport
import Testing

/// Replays the review histories that the reference implementation (PyPI fsrs 6.3.2) scheduled,
/// written by scripts/check-fsrs.py, and compares every card state after every answer.
@Suite("FSRS-6 against the reference implementation")
struct ReferenceHistoryTests {
  struct Reference: Decodable {
    var fsrs: String
    var start: Double
    var histories: [[Answer]]
  }

  struct Answer: Decodable {
    var at: Double
    var rating: Int
    var state: String
    var step: Int?
    var stability: Double
    var difficulty: Double
    var due: Double
  }

  @Test func everyAnswerOfEveryHistoryMatches() throws {
    let data = try Data(contentsOf: TestPaths.fixture("fsrs/reference.json"))
    let reference = try JSONDecoder().decode(Reference.self, from: data)
    #expect(reference.fsrs == "6.3.2")
    #expect(reference.histories.count >= 200)
    let scheduler = ReviewScheduler.standard
    let start = Date(timeIntervalSince1970: reference.start)
    var compared = 0
    for (index, history) in reference.histories.enumerated() {
      var card = ReviewCard.new(at: start)
      for (number, answer) in history.enumerated() {
        let rating = try #require(ReviewRating(rawValue: answer.rating))
        card = scheduler.review(card, rating: rating, at: start.addingTimeInterval(answer.at))
        let place = "history \(index), answer \(number + 1)"
        #expect(card.phase.rawValue == answer.state, "\(place)")
        #expect(card.step == answer.step, "\(place)")
        #expect(
          abs(card.stability! - answer.stability) <= 1e-9 * max(1, answer.stability), "\(place)")
        #expect(abs(card.difficulty! - answer.difficulty) <= 1e-9, "\(place)")
        #expect(card.due.timeIntervalSince(start) == answer.due, "\(place)")
        compared += 1
      }
    }
    #expect(compared > 1_000)
  }
}
