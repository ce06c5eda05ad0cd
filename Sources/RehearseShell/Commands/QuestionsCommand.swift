import ArgumentParser
import RehearseLocalization

/// Lists the quiz questions (for trainers; `quiz` asks them).
struct QuestionsCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "questions", abstract: Localizer.current(.commandQuestionsAbstract))
  }
  static let section = CommandSection.study

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    let localize = session.localize
    guard !pack.questions.isEmpty else { return session.output.line(localize(.listNothing)) }
    session.layout.rows(
      pack.questions.map { question in
        (question.id, question.prompt, [localize.questionTypeName(question.form)])
      })
  }
}
