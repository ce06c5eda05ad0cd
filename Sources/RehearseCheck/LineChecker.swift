import RehearseLocalization

/// `rehearse check` from input to report: reads input in large blocks cut at line ends
/// (`InputBlocks`) and checks each block on every core (`BlockChecker`), writing the report to
/// `output` as it goes; memory stays the size of one block (plus its report) whatever the
/// input's size.
public struct LineChecker {
  let checker: BlockChecker
  let report: CheckOutput
  let input: InputBlocks
  let output: DescriptorOutput
  /// Lines, flags and bytes checked so far, over every input.
  public private(set) var lines = 0
  public private(set) var flags = 0
  public private(set) var bytes = 0
  /// Whether a banned phrase (not only a discouraged one) was found.
  public private(set) var bannedFound = false
  /// Whether any phrase can match at all: false when every one folds to nothing (only noise),
  /// which would report every input clean.
  public let canMatch: Bool

  /// A checker for `patterns`, reporting as JSON or in `wording`, on `concurrency` threads.
  public init(
    patterns: CheckPatterns, json: Bool, wording: CheckOutput.Wording, concurrency: Int,
    input: InputBlocks = InputBlocks(), output: DescriptorOutput
  ) {
    // Neither needs the other, and both take milliseconds for a large phrase list.
    let (automaton, report) = sideBySide(
      { patterns.makeAutomaton() },
      { CheckOutput(patterns: patterns.patterns, json: json, wording: wording) })
    self.report = report
    canMatch = automaton.unmatchablePatterns.count < patterns.patterns.count
    self.input = input
    self.output = output
    checker = BlockChecker(automaton: automaton, report: report, concurrency: concurrency)
  }

  /// Checks every line readable from `fileDescriptor`; `name` labels the lines of a file.
  /// Throws `InputFailure` when the input cannot be read, `OutputFailure` when the report
  /// cannot be written.
  public mutating func check(fileDescriptor: Int32, name: String?) throws {
    let label = name.map(report.label(forFile:))
    var linesInFile = 0
    let output = self.output
    bytes += try input.forEach(in: fileDescriptor) { block in
      let result = checker.check(block, firstLine: linesInFile, file: label) { piece in
        output.write(piece)
      }
      linesInFile += result.lines
      lines += result.lines
      flags += result.flags
      bannedFound = bannedFound || result.bannedFound
      if let code = output.failure { throw OutputFailure(errno: code) }
    }
  }
}

/// The report could not be written; `errno` says why.
public struct OutputFailure: Error, Equatable {
  public var errno: Int32
}

extension CheckOutput.Wording {
  /// The wording of the report for people, in the language of `localize`.
  public init(_ localize: Localizer) {
    self.init(
      flag: localize(.cliCheckFlag), flagExact: localize(.cliCheckFlagExact),
      instead: localize(.cliCheckInstead),
      banned: localize(.cliCheckBanned), discouraged: localize(.cliCheckDiscouraged))
  }
}
