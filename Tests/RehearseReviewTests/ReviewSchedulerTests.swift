import Foundation
import RehearseReview
import Testing

/// FSRS-6 against the vectors of issue 13, worked out with the reference (PyPI fsrs 6.3.2).
@Suite("FSRS-6 scheduling")
struct ReviewSchedulerTests {
  let scheduler = ReviewScheduler.standard
  let start = Date(timeIntervalSince1970: 1_767_225_600)

  /// Answers each rating at the previous due time and returns the whole days of each interval.
  func intervalsAnsweredWhenDue(_ ratings: [ReviewRating]) -> [Int] {
    var card = ReviewCard.new(at: start)
    var now = start
    var days: [Int] = []
    for rating in ratings {
      card = scheduler.review(card, rating: rating, at: now)
      days.append(Int((card.due.timeIntervalSince(now) / 86_400).rounded(.down)))
      now = card.due
    }
    return days
  }

  @Test func intervalsOfSixGoodTwoAgainFiveGood() {
    let ratings: [ReviewRating] =
      Array(repeating: .good, count: 6) + [.again, .again] + Array(repeating: .good, count: 5)
    #expect(intervalsAnsweredWhenDue(ratings) == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
  }

  /// The "day offsets" 0, 0, 1, 3, 8, 21 are the days between answers (fsrs-rs's
  /// `delta_t`): the reference gives S = 53.62691 for answers on days 0, 0, 1, 4, 12, 33, and
  /// S = 37.84484 if they were days since the first answer.
  @Test func memoryAfterAgainThenFiveGoodWithGivenGaps() throws {
    var card = ReviewCard.new(at: start)
    let ratings: [ReviewRating] = [.again, .good, .good, .good, .good, .good]
    var day = 0
    for (rating, gap) in zip(ratings, [0, 0, 1, 3, 8, 21]) {
      day += gap
      card = scheduler.review(
        card, rating: rating, at: start.addingTimeInterval(Double(day) * 86_400))
    }
    #expect(abs(try #require(card.stability) - 53.62691) < 1e-4)
    #expect(abs(try #require(card.difficulty) - 6.3574867) < 1e-4)
  }

  @Test(
    arguments: zip(
      ReviewRating.allCases,
      [(0.212, 6.4133), (1.2931, 5.11217071), (2.3065, 2.11810397), (8.2956, 1.0)]))
  func firstAnswer(rating: ReviewRating, expected: (stability: Double, difficulty: Double)) throws {
    let card = scheduler.review(.new(at: start), rating: rating, at: start)
    #expect(abs(try #require(card.stability) - expected.stability) < 1e-8)
    #expect(abs(try #require(card.difficulty) - expected.difficulty) < 1e-8)
  }

  @Test func sameDayReviewNeverLowersStabilityUnlessAgain() throws {
    // A card in review with a long memory, answered again an hour later.
    let reviewed = ReviewCard(
      phase: .review, step: nil, stability: 30, difficulty: 5, due: start, lastReview: start)
    for rating in [ReviewRating.hard, .good, .easy] {
      let card = scheduler.review(reviewed, rating: rating, at: start.addingTimeInterval(3_600))
      #expect(try #require(card.stability) >= 30, "\(rating)")
    }
    let forgotten = scheduler.review(reviewed, rating: .again, at: start.addingTimeInterval(3_600))
    #expect(try #require(forgotten.stability) < 30)
    #expect(forgotten.phase == .relearning)
  }

  @Test func learningStepsAreOneAndTenMinutes() {
    let first = scheduler.review(.new(at: start), rating: .again, at: start)
    #expect(first.due.timeIntervalSince(start) == 60)
    let hard = scheduler.review(.new(at: start), rating: .hard, at: start)
    #expect(hard.due.timeIntervalSince(start) == 330)
    let good = scheduler.review(.new(at: start), rating: .good, at: start)
    #expect(good.due.timeIntervalSince(start) == 600)
    #expect(good.step == 1)
    let easy = scheduler.review(.new(at: start), rating: .easy, at: start)
    #expect(easy.phase == .review)
  }

  @Test func intervalsStopAtTheMaximum() {
    #expect(scheduler.nextIntervalDays(1e9) == 36_500)
    #expect(scheduler.nextIntervalDays(0.001) == 1)
  }

  @Test func ratingsFromScores() {
    #expect(ReviewRating(fractionOfMaximum: 1, passed: true, forbiddenSaid: false) == .good)
    #expect(ReviewRating(fractionOfMaximum: 1, passed: true, forbiddenSaid: true) == .again)
    #expect(ReviewRating(fractionOfMaximum: 0.5, passed: false, forbiddenSaid: false) == .hard)
    #expect(ReviewRating(fractionOfMaximum: 0, passed: false, forbiddenSaid: false) == .again)
  }

  @Test func recordedCardResumesAtItsStep() {
    let good = scheduler.review(.new(at: start), rating: .good, at: start)
    let resumed = ReviewCard(
      recorded: good.phase, stability: good.stability!, difficulty: good.difficulty!, due: good.due,
      answeredAt: start)
    #expect(resumed == good)
    let hard = scheduler.review(.new(at: start), rating: .hard, at: start)
    let resumedHard = ReviewCard(
      recorded: hard.phase, stability: hard.stability!, difficulty: hard.difficulty!, due: hard.due,
      answeredAt: start)
    #expect(resumedHard == hard)
  }
}
