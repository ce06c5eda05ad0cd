import ArgumentParser
import RehearseLocalization

/// Lists the forbidden and discouraged phrases with what to say instead.
struct ForbiddenCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "forbidden", abstract: Localizer.current(.commandForbiddenAbstract))
  }
  static let section = CommandSection.study

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    let localize = session.localize
    guard !pack.forbidden.isEmpty else { return session.output.line(localize(.listNothing)) }
    session.layout.rows(
      pack.forbidden.map { phrase in
        let severity = localize.severityName(phrase.severity)
        let label =
          phrase.severity == .banned ? session.style.red(severity) : session.style.yellow(severity)
        return (phrase.id, "\(label) \(phrase.text)", [localize(.forbiddenInstead, phrase.instead)])
      })
  }
}
