import ArgumentParser
import Foundation
import RehearseContent
import RehearseLocalization
import RehearsePractice
import RehearseShell

/// `rehearse grade [--json] [FILE|-]`: scores labelled answers without recording them, for
/// trainers calibrating content and as the scorer's test harness.
struct GradeSubcommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "grade", abstract: Localizer.current(.cliGradeAbstract),
      discussion: Localizer.current(.cliGradeDiscussion))
  }

  @Flag(name: .long, help: ArgumentHelp(Localizer.current(.cliGradeJSONHelp)))
  var json = false

  @Argument(help: ArgumentHelp(Localizer.current(.cliGradeFileHelp), valueName: "file"))
  var file: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let localize = Localizer.current
    let text = try readInput(localize)
    let rows: [GradeRow]
    switch GradeInput.parse(text) {
    case .success(let parsed): rows = parsed
    case .failure(let problem):
      throw CommandFailure(message: Self.message(problem, localize), status: .usageOrContent)
    }
    let library = PracticeLibrary(content: try ContentLocator.load(option: global.content))
    let grading = AnswerGrading(library: library)
    // Every line is checked before anything is printed, so bad input prints nothing but why.
    var answers: [GradedAnswer] = []
    for row in rows {
      switch grading.grade(row) {
      case .success(let answer): answers.append(answer)
      case .failure(let problem):
        throw CommandFailure(message: Self.message(problem, localize), status: .usageOrContent)
      }
    }
    let out = Console.output
    if json {
      for answer in answers { out.line(GradeJSON.line(answer)) }
    } else {
      for answer in answers { out.line(Self.verdict(answer, localize)) }
      report(answers, localize)
    }
    if answers.contains(where: \.misjudged) { throw ExitCode(ExitStatus.failure.rawValue) }
  }

  private func readInput(_ localize: Localizer) throws -> String {
    let data: Data?
    if let file, file != "-" {
      data = FileManager.default.contents(atPath: file)
    } else {
      data = FileHandle.standardInput.readDataToEndOfFile()
    }
    guard let data, let text = String(data: data, encoding: .utf8) else {
      throw CommandFailure(
        message: localize(.cliGradeCannotRead, VisibleText.safe(file ?? "-")),
        status: .usageOrContent)
    }
    return text
  }

  /// The confusion table of each pack with labels, then every misjudged answer explained.
  private func report(_ answers: [GradedAnswer], _ localize: Localizer) {
    let tables = GradeConfusion.tables(answers)
    guard !tables.isEmpty else { return }
    let out = Console.output
    out.line()
    for table in tables {
      out.line(localize(.gradeConfusionHeader, VisibleText.safe(table.pack), table.good, table.bad))
      out.line(
        localize(
          .gradeConfusionGood, table.goodPassed, table.goodFailed, table.goodHalf, table.goodFull))
      out.line(localize(.gradeConfusionBad, table.badZero, table.badScored))
    }
    let misjudged = answers.filter(\.misjudged)
    guard !misjudged.isEmpty else { return }
    out.line()
    out.line(localize(.gradeMisjudgedHeader, misjudged.count))
    for answer in misjudged {
      let why =
        answer.row.expect == .good ? localize(.gradeExpectedGood) : localize(.gradeExpectedBad)
      out.line(localize(.gradeMisjudged, answer.row.line, why, VisibleText.safe(answer.row.answer)))
      for line in Self.explanation(answer, localize) { out.line("    " + line) }
    }
  }

  static func verdict(_ answer: GradedAnswer, _ localize: Localizer) -> String {
    let row = answer.row
    let verdict = answer.passed ? localize(.gradePassed) : localize(.gradeNotPassed)
    let head = localize(
      .gradeVerdict, row.line, VisibleText.safe(row.pack), VisibleText.safe(row.item),
      VisibleText.safe(row.step), FeedbackNumbers.number(answer.score),
      FeedbackNumbers.number(answer.maxScore), verdict)
    return ([head] + explanation(answer, localize).map { "    " + $0 }).joined(separator: "\n")
  }

  /// What the verdict rests on: elements met and missing, negations, forbidden wording.
  static func explanation(_ answer: GradedAnswer, _ localize: Localizer) -> [String] {
    var lines: [String] = []
    func list(_ ids: [String]) -> String {
      ids.map { VisibleText.safe($0) }.joined(separator: ", ")
    }
    if !answer.met.isEmpty { lines.append(localize(.gradeMet, list(answer.met))) }
    if !answer.missing.isEmpty { lines.append(localize(.gradeMissing, list(answer.missing))) }
    if !answer.negated.isEmpty { lines.append(localize(.gradeNegated, list(answer.negated))) }
    if !answer.flags.isEmpty { lines.append(localize(.gradeFlags, list(answer.flags))) }
    if answer.stuffed { lines.append(localize(.gradeStuffed)) }
    return lines
  }

  static func message(_ problem: GradeInputProblem, _ localize: Localizer) -> String {
    switch problem {
    case .empty: localize(.gradeEmpty)
    case .missingColumn(let column): localize(.gradeMissingColumn, column)
    case .unknownColumn(let column): localize(.gradeUnknownColumn, VisibleText.safe(column))
    case .wrongFieldCount(let line, let expected, let found):
      localize(.gradeFieldCount, line, expected, found)
    case .badExpectation(let line, let value):
      localize(.gradeBadExpect, line, VisibleText.safe(value))
    }
  }

  static func message(_ problem: GradeLineProblem, _ localize: Localizer) -> String {
    switch problem {
    case .unknownPack(let line, let pack): localize(.gradeUnknownPack, line, VisibleText.safe(pack))
    case .unknownItem(let line, let item): localize(.gradeUnknownItem, line, VisibleText.safe(item))
    case .unknownStep(let line, let step): localize(.gradeUnknownStep, line, VisibleText.safe(step))
    case .stepForQuestion(let line): localize(.gradeStepForQuestion, line)
    }
  }
}

/// One `rehearse grade --json` line, keys in the documented order.
enum GradeJSON {
  static func line(_ answer: GradedAnswer) -> String {
    let row = answer.row
    var fields: [(String, String)] = [
      ("line", "\(row.line)"), ("pack", string(row.pack)), ("item", string(row.item)),
      ("step", string(row.step)), ("score", FeedbackNumbers.number(answer.score)),
      ("max", FeedbackNumbers.number(answer.maxScore)), ("passed", "\(answer.passed)"),
      ("flags", strings(answer.flags)),
      ("elements", "{\"met\":\(strings(answer.met)),\"missing\":\(strings(answer.missing))}"),
      ("negated", strings(answer.negated)), ("stuffed", "\(answer.stuffed)"),
    ]
    if let expect = row.expect {
      fields.append(("expect", string(expect.rawValue)))
      fields.append(("misjudged", "\(answer.misjudged)"))
    }
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  static func strings(_ values: [String]) -> String {
    "[" + values.map(string).joined(separator: ",") + "]"
  }

  static func string(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _
      where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || (0x2028...0x2029).contains(scalar.value):
        out += String(format: "\\u%04X", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

/// Scores printed as 7.5 or 10, never 10.0.
enum FeedbackNumbers {
  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }
}
