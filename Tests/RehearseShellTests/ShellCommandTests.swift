import RehearseLocalization
import RehearseShell
import Testing

/// The shell's commands, run in batch mode against the fixture library.
///
/// Serialized because the parser's help text reads the process-wide language.
@Suite("Shell commands", .serialized)
struct ShellCommandTests {
  @Test func helpListsEveryCommandBySection() throws {
    let transcript = try runShell(["help"])
    for name in ShellCommands.all.map({ $0._commandName }) {
      #expect(
        transcript.output.contains("\n  \(name) ") || transcript.output.contains("\n  \(name)  "),
        "help omits \(name)")
    }
    #expect(transcript.output.hasPrefix("Study\n"))
    #expect(transcript.output.contains("\nSession\n"))
  }

  @Test func helpForOneCommandShowsItsUsage() throws {
    let transcript = try runShell(["help use"])
    #expect(transcript.output.contains("USAGE: use <pack>"))
    #expect(transcript.output.contains("The id of a pack"))
    let chinese = try runShell(["help use"], language: .chinese)
    #expect(chinese.output.contains("用法：use <pack>"))
    #expect(chinese.output.contains("显示帮助信息。"))
    #expect(!chinese.output.contains("USAGE"))
  }

  @Test func dashDashHelpWorksOnEveryCommand() throws {
    for command in ShellCommands.all {
      let transcript = try runShell(["\(command._commandName) --help"])
      #expect(
        transcript.output.contains("USAGE: \(command._commandName)"),
        "\(command._commandName) --help")
      #expect(transcript.errors.isEmpty)
    }
  }

  @Test func packsListsEachPackWithItsCounts() throws {
    let transcript = try runShell(["packs"])
    #expect(transcript.output.contains("alpha  甲规范"))
    #expect(transcript.output.contains("rules 2 · phrases 2 · forbidden 3"))
    #expect(transcript.output.contains("Choose one with “use PACK”."))
  }

  @Test func studyCommandsNeedAPack() throws {
    let transcript = try runShell(["rules"])
    #expect(
      transcript.errors
        == "No pack is in use.\nChoose one with “use PACK” (“packs” lists them), or add --pack PACK.\n"
    )
    let named = try runShell(["rules --pack beta"])
    #expect(named.output.contains("arrive-on-time  提前5分钟到达现场。"))
  }

  @Test func rulesAreGroupedByTopicWithTheirLimits() throws {
    let transcript = try runShell(["use alpha", "rules"])
    #expect(transcript.output.contains("行为规范 (conduct)\n  arrive-on-time  按预约时间准时到达"))
    #expect(transcript.output.contains("Time limit 1 h: 赴约时间前后的误差"))
    #expect(transcript.output.contains("服务纪律 (discipline)"))
    let one = try runShell(["use alpha", "rules discipline"])
    #expect(!one.output.contains("行为规范"))
    let typo = try runShell(["use alpha", "rules disciplin"])
    #expect(typo.errors.contains("Did you mean “discipline”?"))
  }

  @Test func everyStudyListShowsItsItems() throws {
    let expectations = [
      "phrases": "decline-tea", "forbidden": "[banned] 这不可能是我们的错", "dress": "Badge",
      "kit": "一副鞋套", "procedures": "装机流程 (3 steps)", "elements": "自报公司和岗位",
      "questions": "q-install-order", "dialogues": "as 客户代表 · 2 turns · 20 points",
    ]
    for (command, expected) in expectations {
      let transcript = try runShell(["use alpha", command])
      #expect(transcript.output.contains(expected), "\(command) should show \(expected)")
      #expect(transcript.errors.isEmpty)
    }
  }

  @Test func cuesAreShownOnlyWithTheTrainerOption() throws {
    let plain = try runShell(["use alpha", "elements"])
    #expect(!plain.output.contains("铁通 + 客户代表"))
    let trainer = try runShell(["use alpha", "elements --cues"])
    #expect(trainer.output.contains("all of: 铁通 + 客户代表"))
    #expect(!(try runShell(["show alpha/self-introduction"])).output.contains("铁通 + 客户代表"))
    let shown = try runShell(["show alpha/self-introduction --cues"])
    #expect(shown.output.contains("all of: 铁通 + 客户代表"))
  }

  @Test func showFindsAnItemAndCitesItsSource() throws {
    let transcript = try runShell(["use alpha", "show intro"])
    #expect(transcript.output.contains("Phrase    您好，我是铁通公司客户代表{name}。"))
    #expect(transcript.output.contains("Source    《甲规范》第三条 第1句"))
    let procedure = try runShell(["show alpha/install"])
    #expect(procedure.output.contains("1. 受理 · 客户代表"))
    #expect(procedure.output.contains("⏱ Time limit 72 h: 安排装机"))
  }

  @Test func showAsksWhichPackWhenAnIdIsAmbiguous() throws {
    let transcript = try runShell(["show arrive-on-time"])
    #expect(
      transcript.errors
        == "Several packs have an item “arrive-on-time”.\nName one: alpha/arrive-on-time, beta/arrive-on-time\n"
    )
    let inPack = try runShell(["use beta", "show arrive-on-time"])
    #expect(inPack.output.contains("提前5分钟到达现场"))
  }

  @Test func showSuggestsACloseId() throws {
    let transcript = try runShell(["use alpha", "show intr"])
    #expect(transcript.errors == "Nothing has the id “intr”.\nDid you mean “intro”?\n")
  }

  @Test func searchFoldsCaseAndSpacesAndSpansPacks() throws {
    let transcript = try runShell(["search 准时 到达"])
    #expect(transcript.output.contains("alpha/arrive-on-time"))
    #expect(transcript.output.contains("1 found."))
    let acrossPacks = try runShell(["search 到达"])
    #expect(acrossPacks.output.contains("alpha/arrive-on-time"))
    #expect(acrossPacks.output.contains("beta/arrive-on-time"))
    let nothing = try runShell(["search 火星"])
    #expect(nothing.output == "Nothing mentions “火星”.\n")
  }

  @Test func unknownCommandsGetAHintNotACrash() throws {
    let typo = try runShell(["shwo intro"])
    #expect(typo.errors == "Unknown command “shwo”.\nDid you mean “show”?\n")
    let nonsense = try runShell(["xyzzy"])
    #expect(nonsense.errors == "Unknown command “xyzzy”.\nType “help” to see the commands.\n")
  }

  @Test func parserErrorsAreExplainedInTheUsersLanguage() throws {
    let english = try runShell(["use"])
    #expect(
      english.errors == "Missing expected argument '<pack>'\nType “help use” for its usage.\n")
    let chinese = try runShell(["use"], language: .chinese)
    #expect(chinese.errors == "缺少参数 <pack>\n输入“help use”查看用法。\n")
    let option = try runShell(["packs --colour"], language: .chinese)
    #expect(option.errors.hasPrefix("未知选项“--colour”\n"))
  }

  @Test func quotesGroupWordsAndUnclosedQuotesAreReported() throws {
    // Quoted, the words are one phrase and must appear in that order.
    let transcript = try runShell(["search \"到达 准时\""])
    #expect(transcript.output == "Nothing mentions “到达 准时”.\n")
    let apart = try runShell(["search 到达 准时"])
    #expect(apart.output.contains("alpha/arrive-on-time"))
    let broken = try runShell(["search \"准时"])
    #expect(broken.errors == "A quotation mark is not closed.\n")
  }

  @Test func commentsAndBlankLinesAreIgnoredAndQuitStops() throws {
    let transcript = try runShell(["# a comment", "", "   ", "quit", "packs"])
    #expect(transcript.output.isEmpty)
    #expect(transcript.errors.isEmpty)
  }

  @Test func everyLineFitsEightyColumns() throws {
    let commands = [
      "help", "packs", "use alpha", "rules", "phrases", "forbidden", "dress", "kit", "procedures",
      "elements", "questions", "dialogues", "show install", "show book-visit", "show q-banned",
      "search 客户",
    ]
    for language in Language.allCases {
      let transcript = try runShell(commands, language: language)
      for line in transcript.output.split(separator: "\n") {
        #expect(DisplayWidth.of(line) <= 80, "\(language): \(line)")
      }
    }
  }
}
