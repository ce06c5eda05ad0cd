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
    session.tellStoreNotices()
    REPL(session: session).run()
    // Answers kept while the database was locked are written before the shell leaves, also
    // when a termination signal ended it.
    session.finishRecording()
    if let editor = reader as? EditLineReader, let signal = editor.terminationSignal {
      EditLineReader.die(of: signal)
    }
  }

  /// The store for this session's answers; without one the shell still runs, and says so.
  private func openRecorder(environment: [String: String]) -> AttemptRecorder? {
    let localize = Localizer.current
    guard let path = StoreLocation.path(option: global.db, environment: environment) else {
      Console.errors.line(localize(.cliNoStoreWarning, localize(.cliNoDatabasePath)))
      return nil
    }
    // Waits a second for another trainee's lock, not ten: an answer that cannot be written is
    // kept and written later, so nothing is gained by making the trainee wait.
    let store = BufferedScoreStore(
      opener: { try SQLiteScoreStore.open(path: path, busyTimeout: 1) }, database: path,
      journalFolder: StatePaths.journalFolder(environment: environment),
      describe: SQLiteScoreStore.describe)
    // A database locked at start-up is opened when the lock goes; one that cannot be opened
    // for another reason (not a database, no permission) is reported and not used.
    if let error = store.openError, !SQLiteScoreStore.isBusy(error) {
      Console.errors.line(
        localize(.cliNoStoreWarning, VisibleText.safe("\(path): \(error)")))
      return nil
    }
    return AttemptRecorder(
      store: store, trainee: trainee.traineeName(environment: environment),
      team: trainee.teamName(environment: environment))
  }
}
