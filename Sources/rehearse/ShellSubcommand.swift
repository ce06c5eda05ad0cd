import ArgumentParser
import Foundation
import RehearseContent
import RehearseLocalization
import RehearseShell
import RehearseStore
import RehearseStoreSQLite

/// `rehearse shell` (also `rehearse` alone): the interactive training shell.
struct ShellSubcommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "shell", abstract: Localizer.current(.cliShellAbstract),
      discussion: Localizer.current(.cliShellDiscussion))
  }

  @OptionGroup var trainee: TraineeOptions

  @OptionGroup var global: GlobalOptions

  init() {}

  init(global: GlobalOptions, trainee: TraineeOptions) {
    self.global = global
    self.trainee = trainee
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let terminal = TerminalSetup.detect(environment: environment)
    // Before loading content, which may start threads that would not inherit the mask.
    if terminal.interactiveInput { EditLineReader.takeOverTerminationSignals() }
    let library = try ContentLocator.load(option: global.content)
    let localize = Localizer.current
    // The session is created before the reader's completion can ask it for ids.
    var completer: Completer?
    let reader: LineReader
    if terminal.interactiveInput,
      let editor = EditLineReader(
        historyPath: StatePaths.historyFile(environment: environment),
        completer: { completer?.complete($0) ?? .init() })
    {
      reader = editor
    } else {
      if terminal.interactiveInput { EditLineReader.giveBackTerminationSignals() }
      reader = PipedLineReader()
    }
    let session = ShellSession(
      library: library, localizer: localize, style: Styler(enabled: terminal.colour),
      width: terminal.width,
      reader: reader, output: StandardStream.output, errors: StandardStream.error,
      recorder: openRecorder(environment: environment))
    completer = Completer(session: session)
    REPL(session: session).run()
    if let editor = reader as? EditLineReader, let signal = editor.terminationSignal {
      EditLineReader.die(of: signal)
    }
  }

  /// The store for this session's answers; without one the shell still runs, and says so.
  private func openRecorder(environment: [String: String]) -> AttemptRecorder? {
    let localize = Localizer.current
    guard let path = StoreLocation.path(option: global.db, environment: environment) else {
      StandardStream.error.line(localize(.cliNoStoreWarning, localize(.cliNoDatabasePath)))
      return nil
    }
    do {
      let store = try SQLiteScoreStore.open(path: path)
      return AttemptRecorder(
        store: store, trainee: trainee.traineeName(environment: environment),
        team: trainee.teamName(environment: environment))
    } catch {
      StandardStream.error.line(localize(.cliNoStoreWarning, "\(path): \(error)"))
      return nil
    }
  }
}
