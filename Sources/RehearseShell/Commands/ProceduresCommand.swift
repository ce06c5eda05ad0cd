import ArgumentParser
import RehearseLocalization

/// Lists the procedures; `show ID` gives their steps.
struct ProceduresCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "procedures", abstract: Localizer.current(.commandProceduresAbstract))
  }
  static let section = CommandSection.study

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    let localize = session.localize
    guard !pack.procedures.isEmpty else { return session.output.line(localize(.listNothing)) }
    session.layout.rows(
      pack.procedures.map { procedure in
        let limits = (procedure.limits + procedure.steps.flatMap(\.limits)).map(localize.limit)
        return (
          procedure.id, localize(.proceduresTitleSteps, procedure.title, procedure.steps.count),
          limits
        )
      })
  }
}
