import ArgumentParser
import RehearseLocalization

/// Lists what staff must carry on a visit.
struct KitCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "kit", abstract: Localizer.current(.commandKitAbstract))
  }
  static let section = CommandSection.study

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    guard !pack.kit.isEmpty else { return session.output.line(session.localize(.listNothing)) }
    session.layout.rows(pack.kit.map { ($0.id, $0.text, $0.note.map { [$0] } ?? []) })
  }
}
