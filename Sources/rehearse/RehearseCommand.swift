import ArgumentParser
import RehearseLocalization

/// The `rehearse` command line: the shell by default, and the commands scripts use.
struct RehearseCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "rehearse",
      abstract: Localizer.current(.cliAbstract),
      discussion: Localizer.current(.cliDiscussion),
      version: "0.1.0",
      subcommands: [ShellSubcommand.self, ValidateSubcommand.self],
      defaultSubcommand: ShellSubcommand.self)
  }
}
