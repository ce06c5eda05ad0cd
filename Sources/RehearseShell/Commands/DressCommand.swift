import ArgumentParser
import RehearseContent
import RehearseLocalization

/// Lists the grooming and dress code, by area.
struct DressCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "dress", abstract: Localizer.current(.commandDressAbstract))
  }
  static let section = CommandSection.study

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    guard !pack.dress.isEmpty else { return session.output.line(session.localize(.listNothing)) }
    var first = true
    for area in DressArea.allCases {
      let items = pack.dress.filter { $0.area == area }
      guard !items.isEmpty else { continue }
      if !first { session.output.line() }
      first = false
      session.layout.heading(session.localize.areaName(area))
      session.layout.rows(items.map { ($0.id, $0.text, []) })
    }
  }
}
