import ArgumentParser
import RehearseContent

/// A command typed at the shell prompt.
///
/// Each is an argument-parser command parsed with `parseAsRoot` from the words of one line;
/// instead of `run()`, which would own the process, it runs against the session.
public protocol ShellCommand: ParsableCommand {
  /// Where `help` lists the command.
  static var section: CommandSection { get }
  /// What Tab completes after the command name (nothing, unless a command says otherwise).
  static var completion: ArgumentCompletion { get }
  func run(in session: ShellSession) throws
}

extension ShellCommand {
  /// Most commands take nothing worth completing.
  public static var completion: ArgumentCompletion { .nothing }
}

/// The headings of the command list.
public enum CommandSection: CaseIterable, Sendable {
  case study, practice, session
}

/// What a command's argument names, for Tab completion.
public enum ArgumentCompletion: Sendable {
  case nothing
  case pack
  case topic
  case commandName
  /// Item ids of these kinds, in the pack in use or in every pack.
  case items(Set<ItemKind>)
}

/// The commands of the shell, in the order `help` lists them.
public enum ShellCommands {
  public static let all: [any ShellCommand.Type] = [
    PacksCommand.self, UseCommand.self, RulesCommand.self, PhrasesCommand.self,
    ForbiddenCommand.self, DressCommand.self, KitCommand.self, ProceduresCommand.self,
    ElementsCommand.self, QuestionsCommand.self, DialoguesCommand.self, ShowCommand.self,
    SearchCommand.self, QuizCommand.self, DialogueCommand.self, ReviewCommand.self,
    CheckCommand.self,
    ScoresCommand.self, ExportCommand.self, HelpCommand.self, QuitCommand.self,
  ]

  /// Other names people type for the same command.
  static let aliases: [String: String] = [
    "exit": "quit", "?": "help", "ls": "packs", "play": "dialogue",
  ]

  public static var allNames: [String] {
    all.map { $0._commandName } + aliases.keys.sorted()
  }

  public static func command(named name: String) -> (any ShellCommand.Type)? {
    let canonical = aliases[name] ?? name
    return all.first { $0._commandName == canonical }
  }

  /// Parses the words after the command name into a runnable command.
  static func parse(_ type: any ShellCommand.Type, arguments: [String]) throws -> any ShellCommand {
    let parsed = try type.parseAsRoot(arguments)
    guard let command = parsed as? any ShellCommand else {
      throw CleanExit.helpRequest(type)
    }
    return command
  }
}
