import ArgumentParser
import Foundation
import RehearseCheck
import RehearseContent
import RehearseLocalization

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
      patterns: patterns, json: json, wording: CheckOutput.Wording(localize),
      concurrency: ProcessInfo.processInfo.activeProcessorCount,
      output: DescriptorOutput(descriptor: 1))
    guard checker.canMatch else {
      throw CommandFailure(message: localize(.cliCheckNothingToMatch), status: .usageOrContent)
    }
    do {
      if files.isEmpty {
        try check(standardInputWith: &checker)
      } else {
        for file in files { try check(file, with: &checker) }
      }
    } catch let failure as OutputFailure {
      throw CommandFailure(
        message: localize(.cliCheckCannotWrite, String(cString: strerror(failure.errno))),
        status: .usageOrContent)
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

  private func check(standardInputWith checker: inout LineChecker) throws {
    do {
      try checker.check(fileDescriptor: 0, name: nil)
    } catch let failure as InputFailure {
      throw inputFailure(failure, name: nil)
    }
  }

  private func check(_ file: String, with checker: inout LineChecker) throws {
    let descriptor = open(file, O_RDONLY)
    guard descriptor >= 0 else {
      throw CommandFailure(
        message: Localizer.current(.cliCheckCannotRead, VisibleText.safe(file)),
        status: .usageOrContent)
    }
    defer { close(descriptor) }
    do {
      try checker.check(fileDescriptor: descriptor, name: file)
    } catch let failure as InputFailure {
      throw inputFailure(failure, name: file)
    }
  }

  /// The message for input that could not be read: a directory is named as one.
  private func inputFailure(_ failure: InputFailure, name: String?) -> CommandFailure {
    let localize = Localizer.current
    let shown = name.map { VisibleText.safe($0) } ?? localize(.cliCheckStandardInput)
    switch failure {
    case .isDirectory:
      return CommandFailure(
        message: localize(.cliCheckIsDirectory, shown), status: .usageOrContent)
    case .cannotRead:
      return CommandFailure(message: localize(.cliCheckCannotRead, shown), status: .usageOrContent)
    }
  }

  private func loadPatterns() throws -> CheckPatterns {
    guard let phrases else {
      return CheckPatterns(library: try ContentLocator.load(option: global.content))
    }
    guard let data = FileManager.default.contents(atPath: phrases) else {
      throw CommandFailure(
        message: Localizer.current(.cliCheckCannotRead, VisibleText.safe(phrases)),
        status: .usageOrContent)
    }
    return CheckPatterns(phraseList: String(decoding: data, as: UTF8.self), file: phrases)
  }
}
