import ArgumentParser
import Foundation
import RehearseContent
import RehearseLocalization
import RehearsePractice
import RehearseStore

/// Asks the pack's quiz questions and scores the answers.
struct QuizCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "quiz", abstract: Localizer.current(.commandQuizAbstract),
      discussion: Localizer.current(.commandQuizDiscussion))
  }
  static let section = CommandSection.practice

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.quizCountHelp), valueName: "n"))
  var count: Int?

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp(Localizer.current(.quizTypeHelp), valueName: "type"))
  var type: [String] = []

  @Flag(name: .long, help: ArgumentHelp(Localizer.current(.quizShuffleHelp)))
  var shuffle = false

  @Option(name: .long, help: ArgumentHelp(Localizer.current(.quizSeedHelp), valueName: "n"))
  var seed: UInt64?

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp(Localizer.current(.quizIDHelp), valueName: "id"))
  var id: [String] = []

  @Flag(name: .long, help: ArgumentHelp(Localizer.current(.quizUnseenHelp)))
  var unseen = false

  @OptionGroup var packOption: PackOption

  func validate() throws {
    if let count, count < 1 { throw ValidationError(Localizer.current(.quizBadCount)) }
    for name in type where !QuestionForm.typeNames.contains(name) {
      throw ValidationError(
        Localizer.current(.quizBadType, name, QuestionForm.typeNames.joined(separator: ", ")))
    }
  }

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    let seed = seed ?? (shuffle ? UInt64(Date().timeIntervalSince1970 * 1000) : nil)
    var questions = QuizSelection(pack: pack, types: Set(type), count: nil, seed: seed).questions
    if !id.isEmpty {
      // Exactly the questions named, in the order named.
      questions = try id.map { wanted in
        guard let question = pack.questions.first(where: { $0.id == wanted }) else {
          throw ShellError(session.localize(.quizUnknownID, VisibleText.safe(wanted)))
        }
        return question
      }
    }
    if unseen {
      guard let recorder = session.recorder else {
        throw ShellError(session.localize(.practiceNoStore))
      }
      let answered = try recorder.store.latestAttempts(
        matching: AttemptFilter(trainee: recorder.trainee, pack: pack.id, kind: .question))
      questions.removeAll { answered[Attempt.Subject(pack: pack.id, item: $0.id)] != nil }
    }
    if let count { questions = Array(questions.prefix(count)) }
    QuizRunner(session: session, pack: pack).run(questions, title: pack.title)
  }
}
