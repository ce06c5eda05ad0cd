import ArgumentParser
import RehearseLocalization

/// Lists the key elements answers are scored on, with the rule each stands for; the cues that
/// detect them only with `--cues` (a trainer's option).
struct ElementsCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "elements", abstract: Localizer.current(.commandElementsAbstract))
  }
  static let section = CommandSection.study

  @OptionGroup var packOption: PackOption

  @Flag(name: .long, help: ArgumentHelp(Localizer.current(.optionCuesHelp)))
  var cues = false

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    let localize = session.localize
    guard !pack.elements.isEmpty else { return session.output.line(localize(.listNothing)) }
    session.layout.rows(
      pack.elements.map { element in
        var details = element.rule.map { [$0] } ?? []
        if cues { details += ElementCues.describe(element, localize) }
        return (element.id, element.name, details)
      })
  }
}
