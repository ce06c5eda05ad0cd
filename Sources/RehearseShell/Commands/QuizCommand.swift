import ArgumentParser
import Foundation
import RehearseContent
import RehearseLocalization
import RehearsePractice

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
    let selection = QuizSelection(pack: pack, types: Set(type), count: count, seed: seed)
    QuizRunner(session: session, pack: pack).run(selection.questions, title: pack.title)
  }
}
