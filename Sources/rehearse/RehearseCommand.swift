import ArgumentParser
import RehearseLocalization

/// The `rehearse` command line: the shell when no subcommand is given, and the commands
/// scripts use.
struct RehearseCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "rehearse",
      abstract: Localizer.current(.cliAbstract),
      discussion: Localizer.current(.cliDiscussion),
      version: "0.1.0",
      subcommands: [
        ShellSubcommand.self, ValidateSubcommand.self, CheckSubcommand.self, GradeSubcommand.self,
        ExportSubcommand.self,
      ])
  }

  @OptionGroup var trainee: TraineeOptions

  @OptionGroup var global: GlobalOptions

  func run() throws {
    // Without a subcommand, start the shell: `rehearse --content DIR` is the common case.
    try ShellSubcommand(global: global, trainee: trainee).run()
  }
}
