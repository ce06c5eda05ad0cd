import ArgumentParser
import RehearseLocalization

/// Lists the commands, or explains one.
struct HelpCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "help", abstract: Localizer.current(.commandHelpAbstract))
  }
  static let section = CommandSection.session
  static let completion = ArgumentCompletion.commandName

  @Argument(help: ArgumentHelp(Localizer.current(.argumentCommandHelp), valueName: "command"))
  var command: String?

  func run(in session: ShellSession) throws {
    let localize = session.localize
    if let command {
      guard let type = ShellCommands.command(named: command) else {
        throw session.unknownCommand(command)
      }
      session.output.line(
        ParserText(localize).localizeHelp(type.helpMessage(columns: session.width)))
      return
    }
    let headings: [CommandSection: String] = [
      .study: localize(.helpSectionStudy), .practice: localize(.helpSectionPractice),
      .session: localize(.helpSectionSession),
    ]
    var first = true
    for section in CommandSection.allCases {
      let commands = ShellCommands.all.filter { $0.section == section }
      guard !commands.isEmpty else { continue }
      if !first { session.output.line() }
      first = false
      session.layout.heading(headings[section]!)
      session.layout.rows(commands.map { ($0._commandName, $0.configuration.abstract, []) })
    }
    session.output.line()
    session.output.line(localize(.helpFooter))
  }
}
