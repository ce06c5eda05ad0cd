import ArgumentParser
import RehearseContent
import RehearseLocalization

/// Finds rules, phrases, time limits and everything else that mention all the given words.
struct SearchCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "search", abstract: Localizer.current(.commandSearchAbstract))
  }
  static let section = CommandSection.study

  @Argument(help: ArgumentHelp(Localizer.current(.argumentWordsHelp), valueName: "word"))
  var words: [String] = []

  @OptionGroup var packOption: PackOption

  /// Results beyond this are counted, not printed.
  static let limit = 40

  func run(in session: ShellSession) throws {
    let localize = session.localize
    guard !words.isEmpty else { throw ShellError(localize(.searchNeedsWords)) }
    let packIDs = try packOption.pack.map { Set([try session.pack(named: $0).id]) }
    let hits = session.searchIndex.search(words, inPacks: packIDs)
    guard !hits.isEmpty else {
      return session.output.line(localize(.searchNothing, words.joined(separator: " ")))
    }
    session.layout.rows(
      hits.prefix(Self.limit).map { hit in
        let kind = localize.kindName(type(of: hit.item).kind)
        return ("\(hit.pack.id)/\(hit.item.id)", hit.excerpt, [kind])
      })
    session.output.line(localize(.searchCount, hits.count))
    if hits.count > Self.limit { session.output.line(localize(.searchMore, Self.limit)) }
  }
}
