import ArgumentParser
import RehearseContent
import RehearseLocalization
import RehearseMatching
import RehearsePractice
import RehearseStore

/// One run of the shell: the loaded content, the user's language and terminal, and the state
/// that commands share (the pack in use).
public final class ShellSession {
  public let library: ContentLibrary
  /// Each pack's matcher, built the first time the pack is practised, so the shell is ready
  /// without building automata for packs the trainee never opens.
  private var matchers: [String: PackMatcher] = [:]
  /// One folder shared by every matcher, as `PracticeLibrary` shares one.
  private let folder = TextFolder()
  /// Where scored answers go; nil when no store could be opened (the session still runs).
  public let recorder: AttemptRecorder?
  public let localize: Localizer
  public let style: Styler
  /// Columns to lay text out in.
  public let width: Int
  public let output: TextOutput
  public let errors: TextOutput
  public let reader: LineReader
  /// The pack that study and practice commands use when none is named.
  public var currentPackID: String?
  /// Set by `quit`; the loop ends after the current command.
  public var wantsToQuit = false
  /// Every item's texts, folded once, on the first search.
  lazy var searchIndex = ContentSearch(packs: library.packs, fold: Self.fold)

  public init(
    library: ContentLibrary, localizer: Localizer, style: Styler, width: Int, reader: LineReader,
    output: TextOutput, errors: TextOutput, recorder: AttemptRecorder? = nil
  ) {
    self.library = library
    self.recorder = recorder
    self.localize = localizer
    self.style = style
    self.width = width
    self.reader = reader
    // Everything the shell prints passes the one terminal-safety gate.
    self.output = TerminalSafeOutput(output, style: style)
    self.errors = TerminalSafeOutput(errors, style: style)
    // With a single pack there is nothing to choose.
    if library.packs.count == 1 { currentPackID = library.packs[0].id }
  }

  public var currentPack: Pack? {
    currentPackID.flatMap(library.pack(withID:))
  }

  /// The pack a command should use: the one named, else the one in use.
  public func pack(named id: String?) throws -> Pack {
    if let id {
      guard let pack = library.pack(withID: id) else { throw unknownPack(id) }
      return pack
    }
    guard let pack = currentPack else {
      throw ShellError(localize(.shellNoPackChosen), hint: localize(.shellNoPackChosenHint))
    }
    return pack
  }

  func unknownPack(_ id: String) -> ShellError {
    let suggestion = NameSuggester.closest(to: id, among: library.packs.map(\.id))
    return ShellError(
      localize(.shellUnknownPack, id),
      hint: suggestion.map { localize(.shellDidYouMean, $0) } ?? localize(.shellSeePacks))
  }

  /// The prompt shown before each command on a terminal.
  public var prompt: String {
    let name = currentPackID.map { "rehearse:" + VisibleText.safe($0) } ?? "rehearse"
    return style.prompt(name + ">") + " "
  }

  // MARK: Running commands

  /// Parses and runs one line, writing its output and any error; never throws or exits.
  public func execute(_ line: String) {
    let words: [String]
    do {
      words = try CommandTokenizer.split(line)
    } catch {
      report(ShellError(localize(.shellUnclosedQuote)))
      return
    }
    guard let name = words.first, !name.hasPrefix("#") else { return }
    guard let commandType = ShellCommands.command(named: name) else {
      report(unknownCommand(name))
      return
    }
    do {
      let parsed = try ShellCommands.parse(commandType, arguments: Array(words.dropFirst()))
      try parsed.run(in: self)
    } catch let error as ShellError {
      report(error)
    } catch {
      reportParserError(error, command: commandType)
    }
  }

  func unknownCommand(_ name: String) -> ShellError {
    let suggestion = NameSuggester.closest(to: name, among: ShellCommands.allNames)
    return ShellError(
      localize(.shellUnknownCommand, name),
      hint: suggestion.map { localize(.shellDidYouMean, $0) } ?? localize(.shellTypeHelp))
  }

  func report(_ error: ShellError) {
    errors.line(style.red(error.message))
    if let hint = error.hint { errors.line(hint) }
  }

  private func reportParserError(_ error: Error, command: any ShellCommand.Type) {
    let parserText = ParserText(localize)
    if command.exitCode(for: error) == .success {
      // `--help` and the like: the parser's text is the answer.
      output.line(parserText.localizeHelp(command.helpMessage(columns: width)))
      return
    }
    errors.line(style.red(parserText.localizeError(command.message(for: error))))
    errors.line(localize(.shellSeeHelpFor, command._commandName))
  }
}

extension ShellSession {
  /// Folds text for search the way answers are folded: traditional or simplified, width, case,
  /// spaces and punctuation do not matter.
  static func fold(_ text: String) -> String {
    String(String.UnicodeScalarView(TextFolder.search.fold(text).scalars))
  }

  /// The matcher of `pack`.
  func matcher(for pack: Pack) -> PackMatcher {
    if let matcher = matchers[pack.id] { return matcher }
    let matcher = PackMatcher(pack: pack, folder: folder)
    matchers[pack.id] = matcher
    return matcher
  }

  /// Reads one answer; nil when the trainee stops (Ctrl-C or the end of input). An answer
  /// past the line limit is refused with a message and the trainee answers again.
  func readAnswer(prompt: String) -> String? {
    while true {
      switch reader.readLine(prompt: style.prompt(prompt, colour: "1;33") + " ") {
      case .line(let line): return line
      case .tooLong(let byteCount): reportTooLong(byteCount)
      case .interrupted, .end: return nil
      }
    }
  }

  /// Says that a line was too long to take, and how long lines may be.
  func reportTooLong(_ byteCount: Int) {
    report(ShellError(localize(.shellLineTooLong, byteCount, LineLimit.maximumBytes)))
  }

  /// Records an answer, warning (once per failure) rather than stopping the practice.
  func record(_ write: (AttemptRecorder) throws -> Void) {
    guard let recorder else { return }
    do {
      try write(recorder)
    } catch {
      report(ShellError(localize(.practiceNotRecorded, String(describing: error))))
    }
    tell(recorder.takeNotices())
  }

  /// Tells the trainee, once each, what the store has to say (see `StoreNotice`).
  public func tellStoreNotices() {
    if let recorder { tell(recorder.takeNotices()) }
  }

  /// Writes the answers the store still keeps before the session ends, and says where any
  /// that could not be written wait.
  public func finishRecording() {
    if let recorder { tell(recorder.finish()) }
  }

  private func tell(_ notices: [StoreNotice]) {
    for notice in notices {
      switch notice {
      case .keptForLater(let reason):
        errors.line(style.yellow(localize(.practiceKeptForLater, VisibleText.safe(reason))))
      case .caughtUp(let count):
        errors.line(style.dim(localize(.practiceKeptRecorded, count)))
      case .replayed(let count):
        errors.line(style.dim(localize(.practiceJournalReplayed, count)))
      case .leftForNextTime(let count, let journal?):
        errors.line(
          style.yellow(localize(.practiceKeptInJournal, count, VisibleText.safe(journal))))
      case .leftForNextTime(let count, nil):
        report(ShellError(localize(.practiceKeptLost, count)))
      }
    }
  }
}

extension TextFolder {
  /// Search folds like answers but keeps repeated characters: 谢谢 must still find 谢谢.
  static let search = TextFolder(options: FoldingOptions.all.subtracting(.collapseRepeats))
}
