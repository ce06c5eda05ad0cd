import RehearseMatching

/// One answer scored against a rubric the size of a bundled pack with the base pack included:
/// element detection (negation scope, quantities, near groups), the forbidden patterns and the
/// exact-phrase automaton — what `TurnGrader` does per answer. Needs no data files.
enum RubricBenchmark {
  static let synonyms = [
    "您好", "你好", "对不起", "抱歉", "不好意思", "对不住", "谢谢", "感谢", "再见", "明天见", "理解", "体谅",
    "担待", "明白", "确认一下", "对吗", "您是说", "马上", "尽快", "我来处理", "我负责", "帮您查", "预约", "准时",
    "方便", "什么时间", "答复", "回复", "回电", "请稍等", "请问", "铁通", "客户代表", "装机", "检修", "故障",
    "鞋套", "工牌", "横平竖直", "垫布",
  ]

  static let answers = [
    "您好，我是铁通公司客户代表小王，请问张先生在吗？",
    "对不起，给您添麻烦了，这件事我来处理，两个小时内给您答复。",
    "这个不是我负责的，你找别人吧，你自己打10086去问",
    "您好铁通客户代表对不起抱歉不好意思谢谢再见明白理解体谅",
    "您是说家里电话经常断线，已经反映过好几次了，对吗？我今天就是来现场测试，查明原因，解决问题。",
    "好的，我们半小时内上门，请您在家稍等，到了我先给您打电话。",
  ]

  static func run(iterations: Int = 20_000, mode: Int = 0) -> (p50: Double, p99: Double) {
    let folder = TextFolder()
    var elements: [ElementSpec] = []
    for index in 0..<60 {
      let any = (0..<5).map { synonyms[(index * 5 + $0) % synonyms.count] }
      var spec = ElementSpec(id: "e\(index)", any: any)
      if index % 10 == 0 { spec.near = [["收", "收您"], ["找", "找您"]] }
      if index % 12 == 0 { spec.quantity = QuantitySpec(relation: .atMost, minutes: 120) }
      if index % 15 == 0 { spec.without = ["规定"] }
      elements.append(spec)
    }
    let detector = ElementDetector(elements: elements, folder: folder)
    let patterns = (0..<25).map { index in
      WordingPattern(
        terms: [.oneOf(["找", "打", "拨", "问"]), .gap, .oneOf(["1008\(index % 10)", "别人\(index)"])],
        allow: [[.oneOf(["不用您再打10086"])]], folder: folder)
    }
    let automaton = PhraseAutomaton(
      patterns: (0..<40).map { PatternSpec("这不可能是我们的错\($0)") }, folder: folder)
    var samples: [Double] = []
    samples.reserveCapacity(iterations)
    for iteration in 0..<iterations {
      let answer = answers[iteration % answers.count]
      samples.append(
        Timing.seconds {
          consume(detector.detect(in: answer))
          if mode != 1 {
            let claused = ClausedText(answer, folder: folder)
            for pattern in patterns { consume(pattern.matches(in: claused)) }
          }
          consume(automaton.matches(in: answer))
        })
    }
    for (index, answer) in answers.enumerated() {
      let each = stride(from: index, to: samples.count, by: answers.count).map { samples[$0] }
      print(
        "  answer \(index) (\(answer.count) chars): p50 \(String(format: "%.1f", Timing.percentile(each, 0.5) * 1e6)) µs"
      )
    }
    let p50 = Timing.percentile(samples, 0.5) * 1e6
    let p99 = Timing.percentile(samples, 0.99) * 1e6
    print(
      "rubric answer (60 elements, 25 patterns, 40 phrases): p50 \(String(format: "%.1f", p50)) µs, p99 \(String(format: "%.1f", p99)) µs"
    )
    return (p50, p99)
  }
}
