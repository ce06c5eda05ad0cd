import RehearseContent

/// One answer to grade, as read from a `rehearse grade` TSV line.
public struct GradeRow: Sendable, Hashable {
  /// The 1-based line number in the input (the header is line 1).
  public let line: Int
  public let pack: String
  public let item: String
  /// A dialogue turn's 1-based position or id; empty for a question.
  public let step: String
  public let answer: String
  public let expect: Expectation?

  /// What a trainer says the answer deserves.
  public enum Expectation: String, Sendable, Hashable, CaseIterable {
    case good, bad
  }

  public init(
    line: Int, pack: String, item: String, step: String, answer: String, expect: Expectation?
  ) {
    self.line = line
    self.pack = pack
    self.item = item
    self.step = step
    self.answer = answer
    self.expect = expect
  }
}

/// Why a `rehearse grade` input cannot be read.
public enum GradeInputProblem: Error, Sendable, Equatable {
  case empty
  case missingColumn(String)
  case unknownColumn(String)
  case wrongFieldCount(line: Int, expected: Int, found: Int)
  case badExpectation(line: Int, value: String)
}

/// Reads the TSV `rehearse grade` takes: a header naming `pack`, `item`, `step`, `answer` and
/// optionally `expect`, in any order, then one answer per line. Blank lines are skipped; a
/// `\r` before the newline is dropped (files saved on Windows).
public enum GradeInput {
  public static let requiredColumns = ["pack", "item", "step", "answer"]

  public static func parse(_ text: String) -> Result<[GradeRow], GradeInputProblem> {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    if lines.last == "" { lines.removeLast() }
    guard let header = lines.first, !header.isEmpty else { return .failure(.empty) }
    let columns = header.split(separator: "\t", omittingEmptySubsequences: false).map {
      String($0).trimmingWhitespace
    }
    for column in columns where !(requiredColumns + ["expect"]).contains(column) {
      return .failure(.unknownColumn(column))
    }
    for column in requiredColumns where !columns.contains(column) {
      return .failure(.missingColumn(column))
    }
    let index = Dictionary(
      columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    var rows: [GradeRow] = []
    for (offset, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
      let number = offset + 1
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == columns.count else {
        return .failure(
          .wrongFieldCount(line: number, expected: columns.count, found: fields.count))
      }
      func field(_ name: String) -> String {
        index[name].map { fields[$0].trimmingWhitespace } ?? ""
      }
      var expect: GradeRow.Expectation?
      let expectText = field("expect")
      if !expectText.isEmpty {
        guard let value = GradeRow.Expectation(rawValue: expectText) else {
          return .failure(.badExpectation(line: number, value: expectText))
        }
        expect = value
      }
      rows.append(
        GradeRow(
          line: number, pack: field("pack"), item: field("item"), step: field("step"),
          answer: index["answer"].map { fields[$0] } ?? "", expect: expect))
    }
    return .success(rows)
  }
}
