import ArgumentParser
import RehearseLocalization

/// Lists the key elements answers are scored on, with the cues that show each.
struct ElementsCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "elements", abstract: Localizer.current(.commandElementsAbstract))
  }
  static let section = CommandSection.study

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    let localize = session.localize
    guard !pack.elements.isEmpty else { return session.output.line(localize(.listNothing)) }
    session.layout.rows(
      pack.elements.map { element in
        var cues: [String] = []
        if !element.any.isEmpty {
          cues.append(localize(.elementAnyOf, element.any.joined(separator: " / ")))
        }
        if !element.all.isEmpty {
          cues.append(localize(.elementAllOf, element.all.joined(separator: " + ")))
        }
        return (element.id, element.name, cues)
      })
  }
}
