import ArgumentParser
import RehearseLocalization

/// Lists the scripted phrases with the situation each is for.
struct PhrasesCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "phrases", abstract: Localizer.current(.commandPhrasesAbstract))
  }
  static let section = CommandSection.study

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    guard !pack.phrases.isEmpty else { return session.output.line(session.localize(.listNothing)) }
    session.layout.rows(
      pack.phrases.map { phrase in
        (
          phrase.id, phrase.text,
          [phrase.situation] + phrase.variants.map { session.localize(.phraseOr, $0) }
        )
      })
  }
}
