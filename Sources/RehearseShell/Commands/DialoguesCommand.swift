import ArgumentParser
import RehearseLocalization

/// Lists the role-play dialogues.
struct DialoguesCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "dialogues", abstract: Localizer.current(.commandDialoguesAbstract))
  }
  static let section = CommandSection.study

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    let localize = session.localize
    guard !pack.dialogues.isEmpty else { return session.output.line(localize(.listNothing)) }
    session.layout.rows(
      pack.dialogues.map { dialogue in
        (
          dialogue.id, dialogue.title,
          [localize(.dialogueSummary, dialogue.role, dialogue.steps.count, dialogue.totalPoints)]
        )
      })
  }
}
