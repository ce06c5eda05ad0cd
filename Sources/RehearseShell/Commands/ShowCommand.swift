import ArgumentParser
import RehearseContent
import RehearseLocalization

/// Shows one item in full, with its citation.
struct ShowCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "show", abstract: Localizer.current(.commandShowAbstract))
  }
  static let section = CommandSection.study
  static let completion = ArgumentCompletion.items(Set(ItemKind.allCases))

  @Argument(help: ArgumentHelp(Localizer.current(.argumentItemHelp), valueName: "id"))
  var id: String

  @Flag(name: .long, help: ArgumentHelp(Localizer.current(.optionCuesHelp)))
  var cues = false

  func run(in session: ShellSession) throws {
    let (pack, item) = try Self.find(id, in: session)
    ItemDetail(session: session, showsCues: cues).show(item, in: pack)
  }

  /// Finds `PACK/ID` or `ID`, preferring the pack in use.
  static func find(_ reference: String, in session: ShellSession) throws -> (Pack, any ContentItem)
  {
    let localize = session.localize
    if let slash = reference.firstIndex(of: "/") {
      let pack = try session.pack(named: String(reference[..<slash]))
      let id = String(reference[reference.index(after: slash)...])
      guard let item = pack.item(withID: id) else {
        throw notFound(id, among: [pack], session: session)
      }
      return (pack, item)
    }
    if let pack = session.currentPack, let item = pack.item(withID: reference) {
      return (pack, item)
    }
    let matches = session.library.items(withID: reference)
    switch matches.count {
    case 1:
      return (matches[0].pack, matches[0].item)
    case 0:
      throw notFound(
        reference, among: session.currentPack.map { [$0] } ?? session.library.packs,
        session: session)
    default:
      throw ShellError(
        localize(.showAmbiguous, reference),
        hint: localize(
          .showQualify, matches.map { "\($0.pack.id)/\(reference)" }.joined(separator: ", ")))
    }
  }

  private static func notFound(_ id: String, among packs: [Pack], session: ShellSession)
    -> ShellError
  {
    let ids = packs.flatMap { $0.allItems.map(\.id) }
    let suggestion = NameSuggester.closest(to: id, among: ids)
    return ShellError(
      session.localize(.showNotFound, id),
      hint: suggestion.map { session.localize(.shellDidYouMean, $0) }
        ?? session.localize(.showSearchHint))
  }
}
