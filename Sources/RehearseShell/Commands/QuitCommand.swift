import ArgumentParser
import RehearseLocalization

/// Leaves the shell (Ctrl-D does the same).
struct QuitCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "quit", abstract: Localizer.current(.commandQuitAbstract), aliases: [])
  }
  static let section = CommandSection.session

  func run(in session: ShellSession) throws {
    session.wantsToQuit = true
  }
}
