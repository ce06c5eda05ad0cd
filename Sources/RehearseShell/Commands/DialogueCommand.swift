import ArgumentParser
import RehearseContent
import RehearseLocalization

/// Plays a role-play dialogue with a customer.
struct DialogueCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "dialogue", abstract: Localizer.current(.commandDialogueAbstract),
      discussion: Localizer.current(.commandDialogueDiscussion))
  }
  static let section = CommandSection.practice
  static let completion = ArgumentCompletion.items([.dialogue])

  @Argument(help: ArgumentHelp(Localizer.current(.argumentDialogueHelp), valueName: "id"))
  var id: String

  func run(in session: ShellSession) throws {
    let (pack, item) = try ShowCommand.find(id, in: session)
    guard let dialogue = item as? Dialogue else {
      throw ShellError(
        session.localize(.dialogueNotADialogue, id), hint: session.localize(.dialogueListHint))
    }
    DialogueRunner(session: session, pack: pack).run(dialogue)
  }
}
