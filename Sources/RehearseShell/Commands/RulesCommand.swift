import ArgumentParser
import RehearseContent
import RehearseLocalization

/// Lists the rules of conduct, by topic.
struct RulesCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "rules", abstract: Localizer.current(.commandRulesAbstract))
  }
  static let section = CommandSection.study
  static let completion = ArgumentCompletion.topic

  @Argument(help: ArgumentHelp(Localizer.current(.argumentTopicHelp), valueName: "topic"))
  var topic: String?

  @OptionGroup var packOption: PackOption

  func run(in session: ShellSession) throws {
    let pack = try session.pack(named: packOption.pack)
    let localize = session.localize
    var topics = pack.topics
    if let topic {
      guard let chosen = pack.topic(withID: topic) else {
        let suggestion = NameSuggester.closest(to: topic, among: pack.topics.map(\.id))
        throw ShellError(
          localize(.rulesUnknownTopic, topic),
          hint: suggestion.map { localize(.shellDidYouMean, $0) }
            ?? localize(.rulesTopicsAre, pack.topics.map(\.id).joined(separator: ", ")))
      }
      topics = [chosen]
    }
    var first = true
    for topic in topics {
      let rules = pack.rules.filter { $0.topic == topic.id }
      guard !rules.isEmpty else { continue }
      if !first { session.output.line() }
      first = false
      session.layout.heading("\(topic.title) (\(topic.id))")
      session.layout.rows(
        rules.map { rule in
          (rule.id, rule.text, rule.limits.map(localize.limit))
        })
    }
    if first { session.output.line(localize(.listNothing)) }
  }
}
