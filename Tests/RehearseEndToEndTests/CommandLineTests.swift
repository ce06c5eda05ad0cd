import Foundation
import RehearseTestSupport
import Testing

/// `rehearse validate`, `--help` and usage errors, through the built binary.
@Suite("Command line")
struct CommandLineTests {
  @Test func validateReportsEveryBrokenFixtureAtItsPosition() throws {
    let run = try CommandRun.rehearse(["validate", "Tests/Fixtures/broken"])
    #expect(run.status == 1)
    let dir = "Tests/Fixtures/broken"
    #expect(
      run.output == """
        \(dir)/bad-type/dialogues.yaml:10:17: “points” must be a number, not text
        \(dir)/dangling-reference/rules.yaml:3:12: “topic” refers to “manners”, which does not exist in this pack
        \(dir)/duplicate-id/rules.yaml:7:5: duplicate id “be-polite”; first used at \(dir)/duplicate-id/rules.yaml:2:5
        \(dir)/syntax-error/rules.yaml:6:1: YAML syntax error: while scanning a quoted scalar (4:11), found unexpected end of stream
        \(dir)/unknown-key/rules.yaml:4:5: unknown key “txet”; did you mean “text”?

        """)
    #expect(run.errors == "Problems found: 5.\n")
  }

  @Test func validateSaysWhatItLoaded() throws {
    let run = try CommandRun.rehearse(["validate", "Tests/Fixtures/library"])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("Tests/Fixtures/library: 2 packs, all valid.\n"))
    #expect(run.output.contains("alpha  rules 2 · phrases 2 · forbidden 3 · dress 1 · kit 1"))
    #expect(run.output.contains("20 items in all."))
  }

  @Test func validateDefaultsToTheBundledContent() throws {
    let run = try CommandRun.rehearse(["validate"])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("content: 6 packs, all valid."))
  }

  @Test func validateInChinese() throws {
    let run = try CommandRun.rehearse(
      ["validate", "Tests/Fixtures/broken/unknown-key"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(
      run.output == "Tests/Fixtures/broken/unknown-key/rules.yaml:4:5: 未知的键“txet”；您是不是想写“text”？\n")
    #expect(run.errors == "发现 1 个问题。\n")
  }

  @Test func helpIsLocalized() throws {
    let english = try CommandRun.rehearse(["--help"])
    #expect(english.status == 0)
    #expect(
      english.output.contains(
        "USAGE: rehearse [--trainee <name>] [--team <team>] [--content <dir>] [--lang <zh|en>] [--db <path>] <subcommand>"
      ))
    #expect(english.output.contains("validate"))
    let chinese = try CommandRun.rehearse(["--help", "--lang", "zh"])
    #expect(
      chinese.output.contains(
        "用法：rehearse [--trainee <name>] [--team <team>] [--content <dir>] [--lang <zh|en>] [--db <path>] <subcommand>"
      ))
    #expect(chinese.output.contains("检查内容文件并报告所有问题。"))
    for english in ["USAGE", "OPTIONS", "Show help", "Check content"] {
      #expect(!chinese.output.contains(english), "Chinese help contains \(english)")
    }
  }

  @Test func everySubcommandHasHelpInBothLanguages() throws {
    for subcommand in ["shell", "validate", "check", "export"] {
      let english = try CommandRun.rehearse(
        [subcommand, "--help"], environment: ["LANG": "en_US.UTF-8"])
      #expect(english.output.contains("USAGE: rehearse \(subcommand)"))
      let chinese = try CommandRun.rehearse(
        [subcommand, "--help"], environment: ["REHEARSE_LANG": "zh"])
      #expect(chinese.output.contains("用法：rehearse \(subcommand)"))
      #expect(chinese.output.contains("--lang <zh|en>"))
      #expect(chinese.output.contains("界面语言。"))
    }
  }

  @Test func usageErrorsExitTwoWithAHint() throws {
    let run = try CommandRun.rehearse(["validate", "--frobnicate"])
    #expect(run.status == 2)
    #expect(run.errors.hasPrefix("Error: Unknown option '--frobnicate'"))
    let chinese = try CommandRun.rehearse(["validate", "--frobnicate", "--lang=zh"])
    #expect(chinese.errors.hasPrefix("错误：未知选项“--frobnicate”"))
    let badLanguage = try CommandRun.rehearse(["--lang", "fr", "validate"])
    #expect(badLanguage.status == 2)
    #expect(badLanguage.errors.contains("Unknown language “fr”; use zh or en."))
  }
}
