import ArgumentParser
import RehearseContent
import RehearseLocalization
import RehearseStore

/// Asks again the questions the trainee last got wrong.
struct ReviewCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "review", abstract: Localizer.current(.commandReviewAbstract))
  }
  static let section = CommandSection.practice

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    guard let recorder = session.recorder else {
      throw ShellError(session.localize(.practiceNoStore))
    }
    let latest = try recorder.store.latestAttempts(
      matching: AttemptFilter(trainee: recorder.trainee, pack: pack.id, kind: .question))
    let due = pack.questions.filter { question in
      latest[Attempt.Subject(pack: pack.id, item: question.id)].map { !$0.passed } ?? false
    }
    guard !due.isEmpty else {
      session.output.line(session.localize(.reviewNothing))
      return
    }
    QuizRunner(session: session, pack: pack).run(
      due, title: session.localize(.reviewTitle, pack.title))
  }
}
