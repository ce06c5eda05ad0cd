import ArgumentParser
import RehearseLocalization

/// Chooses the pack that study and practice commands use.
struct UseCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "use", abstract: Localizer.current(.commandUseAbstract))
  }
  static let section = CommandSection.study
  static let completion = ArgumentCompletion.pack

  @Argument(help: ArgumentHelp(Localizer.current(.argumentPackHelp), valueName: "pack"))
  var pack: String

  func run(in session: ShellSession) throws {
    let chosen = try session.pack(named: pack)
    session.currentPackID = chosen.id
    session.output.line(session.localize(.useNowUsing, chosen.id, chosen.title))
    session.layout.paragraph(session.localize.counts(of: chosen), styled: session.style.dim)
  }
}
