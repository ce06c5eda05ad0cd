import ArgumentParser
import RehearseContent
import RehearseLocalization

/// Checks a sentence for forbidden phrases, the way answers are checked.
struct CheckCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "check", abstract: Localizer.current(.commandCheckAbstract))
  }
  static let section = CommandSection.practice

  @Argument(help: ArgumentHelp(Localizer.current(.argumentSentenceHelp), valueName: "sentence"))
  var words: [String] = []

  func run(in session: ShellSession) throws {
    let sentence = words.joined(separator: " ")
    guard !sentence.trimmingWhitespace.isEmpty else {
      throw ShellError(session.localize(.checkNeedsSentence))
    }
    let packs = session.currentPack.map { [$0] } ?? session.library.packs
    var found = false
    for pack in packs {
      let flags = session.matcher(for: pack).flags(in: sentence)
      guard !flags.isEmpty else { continue }
      found = true
      if packs.count > 1 { session.layout.heading(pack.id) }
      FeedbackRenderer(session: session).flags(flags, in: sentence, pack: pack).forEach(
        session.output.line)
    }
    if !found { session.output.line(session.style.green(session.localize(.checkClean))) }
  }
}
