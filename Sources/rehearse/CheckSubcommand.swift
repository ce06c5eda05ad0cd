import ArgumentParser
import Foundation
import RehearseContent
import RehearseLocalization
import RehearseMatching
import RehearsePractice

#if canImport(Glibc)
  import Glibc
#endif

/// `rehearse check`: flags forbidden phrases in every line of files or standard input.
struct CheckSubcommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "check", abstract: Localizer.current(.cliCheckAbstract),
      discussion: Localizer.current(.cliCheckDiscussion))
  }

  @Flag(name: .long, help: ArgumentHelp(Localizer.current(.cliCheckJSONHelp)))
  var json = false

  @Option(
    name: .long, help: ArgumentHelp(Localizer.current(.cliCheckPhrasesHelp), valueName: "file"))
  var phrases: String?

  @Flag(name: .long, help: ArgumentHelp(Localizer.current(.cliCheckStatsHelp)))
  var stats = false

  @Argument(help: ArgumentHelp(Localizer.current(.cliCheckFilesHelp), valueName: "file"))
  var files: [String] = []

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let localize = Localizer.current
    let started = Date()
    let patterns = try loadPatterns()
    // Nothing to look for is a mistake, not a clean result.
    guard !patterns.patterns.isEmpty else {
      throw CommandFailure(message: localize(.cliCheckNoPhrases), status: .usageOrContent)
    }
    var checker = LineChecker(
      patterns: patterns, json: json, localize: localize,
      concurrency: ProcessInfo.processInfo.activeProcessorCount)
    if files.isEmpty {
      try checker.check(fileDescriptor: 0, name: nil)
    } else {
      for file in files {
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else {
          throw CommandFailure(
            message: localize(.cliCheckCannotRead, file), status: .usageOrContent)
        }
        defer { close(descriptor) }
        do {
          try checker.check(fileDescriptor: descriptor, name: file)
        } catch is InputFailure {
          throw CommandFailure(
            message: localize(.cliCheckCannotRead, file), status: .usageOrContent)
        }
      }
    }
    if stats {
      let seconds = String(format: "%.3f", Date().timeIntervalSince(started))
      FileHandle.standardError.write(
        Data(
          "lines=\(checker.lines) flags=\(checker.flags) bytes=\(checker.bytes) seconds=\(seconds)\n"
            .utf8))
    }
    if checker.bannedFound { throw ExitCode(ExitStatus.failure.rawValue) }
  }

  private func loadPatterns() throws -> CheckPatterns {
    guard let phrases else {
      return CheckPatterns(library: try ContentLocator.load(option: global.content))
    }
    guard let data = FileManager.default.contents(atPath: phrases) else {
      throw CommandFailure(
        message: Localizer.current(.cliCheckCannotRead, phrases), status: .usageOrContent)
    }
    return CheckPatterns(phraseList: String(decoding: data, as: UTF8.self), file: phrases)
  }
}

/// Reads input in large blocks cut at line ends and checks each block on every core; memory
/// stays the size of one block (plus its report) whatever the input's size.
struct LineChecker {
  static let blockSize = 8 << 20

  let checker: BlockChecker
  let report: CheckOutput
  private(set) var lines = 0
  private(set) var flags = 0
  private(set) var bytes = 0
  private(set) var bannedFound = false

  init(patterns: CheckPatterns, json: Bool, localize: Localizer, concurrency: Int) {
    let wording = CheckOutput.Wording(
      flag: localize(.cliCheckFlag), flagExact: localize(.cliCheckFlagExact),
      instead: localize(.cliCheckInstead),
      banned: localize(.cliCheckBanned), discouraged: localize(.cliCheckDiscouraged))
    // Neither needs the other, and both take milliseconds for a large phrase list.
    let (automaton, report) = sideBySide(
      { patterns.makeAutomaton() },
      { CheckOutput(patterns: patterns.patterns, json: json, wording: wording) })
    self.report = report
    checker = BlockChecker(automaton: automaton, report: report, concurrency: concurrency)
  }

  /// Checks every line readable from `fileDescriptor`; `name` labels the lines of a file.
  mutating func check(fileDescriptor: Int32, name: String?) throws {
    let label = name.map(report.label(forFile:))
    var linesInFile = 0
    bytes += try InputBlocks.forEach(in: fileDescriptor, blockSize: Self.blockSize) { block in
      let result = checker.check(block, firstLine: linesInFile, file: label) { piece in
        StandardOutputBytes.write(piece)
      }
      linesInFile += result.lines
      lines += result.lines
      flags += result.flags
      bannedFound = bannedFound || result.bannedFound
    }
  }
}

/// Writes straight to standard output, in the large pieces the checker produces.
enum StandardOutputBytes {
  /// Writes all of `bytes`.
  static func write(_ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { break }
      offset += written
    }
  }
}
