import ArgumentParser
import RehearseLocalization

/// Lists the loaded packs and what each holds.
struct PacksCommand: ShellCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "packs", abstract: Localizer.current(.commandPacksAbstract))
  }
  static let section = CommandSection.study

  func run(in session: ShellSession) throws {
    let localize = session.localize
    let rows = session.library.packs.map { pack in
      let marker = pack.id == session.currentPackID ? " *" : ""
      var detail = [localize.counts(of: pack)]
      if let issued = pack.issued { detail.insert(issued, at: 0) }
      return (id: pack.id + marker, text: pack.title, detail: detail)
    }
    session.layout.rows(rows)
    if session.currentPackID == nil {
      session.output.line(localize(.packsChooseHint))
    }
  }
}
