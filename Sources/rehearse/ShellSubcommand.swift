import ArgumentParser
import Foundation
import RehearseLocalization
import RehearseShell

/// `rehearse shell` (the default): the interactive training shell.
struct ShellSubcommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "shell", abstract: Localizer.current(.cliShellAbstract),
      discussion: Localizer.current(.cliShellDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  init() {}

  init(global: GlobalOptions) {
    self.global = global
  }

  func run() throws {
    let library = try ContentLocator.load(option: global.content)
    let terminal = TerminalSetup.detect()
    let localizer = Localizer.current
    let style = Styler(enabled: terminal.colour)
    // The session is created before the reader so that Tab completion can ask it for ids.
    var completer: Completer?
    let reader: LineReader
    if terminal.interactiveInput,
      let editor = EditLineReader(historyPath: StatePaths.historyFile(), completer: { completer?.complete($0) ?? .init() })
    {
      reader = editor
    } else {
      reader = PipedLineReader()
    }
    let session = ShellSession(
      library: library, localizer: localizer, style: style, width: terminal.width, reader: reader,
      output: StandardStream.output, errors: StandardStream.error)
    completer = Completer(session: session)
    REPL(session: session).run()
  }
}
