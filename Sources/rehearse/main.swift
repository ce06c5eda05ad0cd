import ArgumentParser
import Foundation
import RehearseLocalization
import RehearseShell

// The entry point parses and runs one command and turns every outcome into an exit status;
// it is the only place that exits.
let arguments = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
Localizer.current = Localizer(
  Language.resolve(flag: Language.flag(in: arguments), environment: environment))
let localize = Localizer.current
let parserText = ParserText(localize)

do {
  var command = try RehearseCommand.parseAsRoot(arguments)
  try command.run()
  exit(ExitStatus.success.rawValue)
} catch let failure as CommandFailure {
  Console.errors.line(failure.message)
  exit(failure.status.rawValue)
} catch {
  let code = RehearseCommand.exitCode(for: error)
  if code == .success {
    // --help, --version: the parser's text is the answer.
    Console.output.line(parserText.localizeHelp(RehearseCommand.fullMessage(for: error)))
    exit(ExitStatus.success.rawValue)
  }
  if let exitCode = error as? ExitCode {
    exit(exitCode.rawValue)
  }
  Console.errors.line(parserText.localizeFullError(RehearseCommand.fullMessage(for: error)))
  // The parser's EX_USAGE (64) becomes the documented usage status.
  exit(ExitStatus.usageOrContent.rawValue)
}
