import RehearseContent
import RehearsePractice
import Testing

@Suite("Reading answers")
struct AnswerReadingTests {
  @Test func choiceLettersAndNumbers() {
    #expect(AnswerReading.choices("B", count: 4) == [1])
    #expect(AnswerReading.choices(" b ", count: 4) == [1])
    #expect(AnswerReading.choices("Ｂ", count: 4) == [1])
    #expect(AnswerReading.choices("AC", count: 4) == [0, 2])
    #expect(AnswerReading.choices("a, c", count: 4) == [0, 2])
    #expect(AnswerReading.choices("A、C", count: 4) == [0, 2])
    #expect(AnswerReading.choices("2", count: 4) == [1])
    #expect(AnswerReading.choices("1 3", count: 4) == [0, 2])
    #expect(AnswerReading.choices("E", count: 4) == nil)
    #expect(AnswerReading.choices("5", count: 4) == nil)
    #expect(AnswerReading.choices("", count: 4) == nil)
    #expect(AnswerReading.choices("我选B", count: 4) == nil)
  }

  @Test func trueAndFalseInEitherLanguage() {
    for yes in ["对", "是", "正确", "√", "true", "T", "yes", "Ｙ"] {
      #expect(AnswerReading.trueOrFalse(yes) == true, "\(yes)")
    }
    for no in ["错", "否", "错误", "×", "false", "f", "No", "不对。"] {
      #expect(AnswerReading.trueOrFalse(no) == false, "\(no)")
    }
    #expect(AnswerReading.trueOrFalse("也许") == nil)
  }

  @Test func durationsWithUnits() {
    #expect(AnswerReading.duration("72")! == (72, nil))
    #expect(AnswerReading.duration("72小时")! == (72, .hours))
    #expect(AnswerReading.duration("７２ 小时")! == (72, .hours))
    #expect(AnswerReading.duration("七十二个小时")! == (72, .hours))
    #expect(AnswerReading.duration("两小时")! == (2, .hours))
    #expect(AnswerReading.duration("十分钟")! == (10, .minutes))
    #expect(AnswerReading.duration("一百天")! == (100, .days))
    #expect(AnswerReading.duration("2 hours")! == (2, .hours))
    #expect(AnswerReading.duration("1周")! == (1, .weeks))
    #expect(AnswerReading.duration("一个月")! == (1, .months))
    #expect(AnswerReading.duration("很快") == nil)
    #expect(AnswerReading.duration("3光年") == nil)
  }

  @Test func ordersAsItemNumbers() {
    #expect(AnswerReading.order("3 1 2", count: 3) == [2, 0, 1])
    #expect(AnswerReading.order("312", count: 3) == [2, 0, 1])
    #expect(AnswerReading.order("3，1，2", count: 3) == [2, 0, 1])
    #expect(AnswerReading.order("3-1-2", count: 3) == [2, 0, 1])
    #expect(AnswerReading.order("1 2", count: 3) == nil)
    #expect(AnswerReading.order("1 1 2", count: 3) == nil)
    #expect(
      AnswerReading.order("10 1 2 3 4 5 6 7 8 9", count: 10) == [9, 0, 1, 2, 3, 4, 5, 6, 7, 8])
  }
}
