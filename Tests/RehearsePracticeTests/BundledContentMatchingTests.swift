import RehearseContent
import RehearsePractice
import RehearseTestSupport
import Testing

/// The bundled packs, checked with the matcher the way trainees' answers will be.
@Suite("Bundled content against the matcher")
struct BundledContentMatchingTests {
  static let library = try! ContentDirectory.load(TestPaths.content.path)

  /// Every text a pack recommends saying: phrases and their variants, element cues, model
  /// answers of its dialogues, what its forbidden phrases suggest instead.
  static func recommended(in pack: Pack) -> [(source: String, text: String)] {
    var texts: [(String, String)] = []
    for phrase in pack.phrases { texts += phrase.wordings.map { ("phrase \(phrase.id)", $0) } }
    for element in pack.elements {
      texts += (element.any + element.all).map { ("element \(element.id)", $0) }
    }
    for dialogue in pack.dialogues {
      texts += dialogue.steps.enumerated().map {
        ("dialogue \(dialogue.id) turn \($0.offset + 1)", $0.element.model)
      }
    }
    for forbidden in pack.forbidden {
      texts.append(("instead of \(forbidden.id)", forbidden.instead))
    }
    return texts
  }

  @Test("no recommended text is flagged by its own pack", arguments: library.packs.map(\.id))
  func recommendedTextsAreNeverFlagged(packID: String) throws {
    let matcher = PackMatcher(pack: try #require(Self.library.pack(withID: packID)))
    for (source, text) in Self.recommended(in: matcher.pack) {
      let flags = matcher.flags(in: text)
      #expect(
        flags.isEmpty, "\(packID) \(source): 「\(text)」 flagged for \(flags.map(\.phrase.text))")
    }
  }

  @Test("every forbidden phrase is found however it is typed", arguments: library.packs.map(\.id))
  func forbiddenPhrasesAreFoundInEveryDisguise(packID: String) throws {
    let matcher = PackMatcher(pack: try #require(Self.library.pack(withID: packID)))
    for phrase in matcher.pack.forbidden {
      let characters = phrase.text.map(String.init)
      let disguises = [
        phrase.text,
        characters.joined(separator: " "),
        characters.joined(separator: "—"),
        "　" + characters.joined(separator: "，") + "！",
        Traditional.convert(phrase.text),
      ]
      for disguise in disguises {
        let found = matcher.flags(in: "客户说：" + disguise + "。")
        #expect(
          found.contains { $0.phrase.id == phrase.id },
          "\(packID): \(phrase.id) not found in 「\(disguise)」")
      }
    }
  }

  @Test("every dialogue's model answer passes its own turn", arguments: library.packs.map(\.id))
  func modelAnswersPass(packID: String) throws {
    let matcher = PackMatcher(pack: try #require(Self.library.pack(withID: packID)))
    let grader = TurnGrader(matcher: matcher)
    for dialogue in matcher.pack.dialogues {
      for (index, step) in dialogue.steps.enumerated() {
        // Slots are filled the way a trainee would fill them.
        let answer = step.model.replacingOccurrences(
          of: #"\{[a-z0-9-]+\}"#, with: "小王", options: .regularExpression)
        let result = grader.grade(step, answer: answer)
        let unmet = result.checks.filter { !$0.isMet }.map(\.id)
        #expect(
          result.passed,
          "\(packID) \(dialogue.id) turn \(index + 1): unmet \(unmet), flags \(result.flags.map(\.phrase.id))"
        )
      }
    }
  }
}

/// Simplified → traditional for the characters of the bundled forbidden phrases, to type them
/// the way a trainee with a traditional input method would.
enum Traditional {
  static let table: [Character: Character] = [
    "这": "這", "们": "們", "错": "錯", "个": "個", "觉": "覺", "说": "說", "么": "麼", "没": "沒", "义": "義",
    "尽": "盡", "规": "規", "经": "經", "释": "釋", "无": "無", "论": "論", "样": "樣", "费": "費", "标": "標",
    "准": "準", "择": "擇", "难": "難", "为": "為", "会": "會", "应": "應", "该": "該", "职": "職", "责": "責",
    "识": "識", "问": "問", "题": "題", "时": "時", "间": "間", "让": "讓", "动": "動", "听": "聽", "请": "請",
    "处": "處", "认": "認", "还": "還", "种": "種", "对": "對", "诉": "訴", "别": "別", "后": "後", "办": "辦",
    "与": "與", "给": "給", "从": "從", "现": "現", "电": "電", "话": "話", "务": "務", "关": "關", "资": "資",
  ]

  static func convert(_ text: String) -> String {
    String(text.map { table[$0] ?? $0 })
  }
}

/// What the content issue asks of each pack, counted.
@Suite("Bundled content is complete enough to practise")
struct BundledContentCoverageTests {
  static let library = try! ContentDirectory.load(TestPaths.content.path)
  /// The longer documents (000, 001, 003) need 25 questions, the shorter 12.
  static let minimumQuestions = [
    "tietong-representative": 25, "unicom-business-hall": 25, "wireless-field-service": 25,
    "group-account-manager": 12, "aftersales-engineer": 12,
  ]

  @Test(
    "enough questions of mixed types, and at least three dialogues",
    // The base pack holds only what every pack inherits; it has nothing of its own to practise.
    arguments: library.packs.filter { !$0.isBase }.map(\.id))
  func coverage(packID: String) throws {
    let pack = try #require(Self.library.pack(withID: packID))
    #expect(pack.questions.count >= Self.minimumQuestions[packID] ?? 25)
    let types = Set(pack.questions.map(\.form.typeName))
    // A document with no scripted phrases cannot have phrase questions; every other type it must.
    let expected = Set(QuestionForm.typeNames).subtracting(pack.phrases.isEmpty ? ["phrase"] : [])
    #expect(types == expected, "\(packID) lacks \(expected.subtracting(types).sorted())")
    #expect(pack.dialogues.count >= 3)
    #expect(pack.dialogues.allSatisfy { $0.steps.count >= 3 })
  }
}
