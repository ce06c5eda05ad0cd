import ArgumentParser
import Foundation
import RehearseContent
import RehearseLocalization
import RehearsePractice
import RehearseShell

/// `rehearse validate [DIR]`: checks content and reports every problem with its position.
struct ValidateSubcommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "validate", abstract: Localizer.current(.cliValidateAbstract),
      discussion: Localizer.current(.cliValidateDiscussion))
  }

  @Argument(help: ArgumentHelp(Localizer.current(.cliValidateDirHelp), valueName: "dir"))
  var directory: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let localize = Localizer.current
    guard
      let path = directory
        ?? ContentLocator.directory(
          option: global.content, environment: ProcessInfo.processInfo.environment)
    else {
      throw CommandFailure(message: localize(.cliNoContent), status: .usageOrContent)
    }
    let library: ContentLibrary
    do throws(ContentError) {
      library = try ContentDirectory.load(path)
    } catch {
      for diagnostic in error.diagnostics {
        Console.output.line(diagnostic.rendered(localize))
      }
      Console.errors.line(localize(.cliValidateProblems, error.diagnostics.count))
      throw ExitCode(ExitStatus.failure.rawValue)
    }
    // Content that loads must also agree with itself once scored.
    let audit = ContentAudit(library: PracticeLibrary(content: library)).problems()
    guard audit.isEmpty else {
      for diagnostic in audit { Console.output.line(diagnostic.rendered(localize)) }
      Console.errors.line(localize(.cliValidateProblems, audit.count))
      throw ExitCode(ExitStatus.failure.rawValue)
    }
    let out = Console.output
    out.line(localize(.cliValidateValid, path, library.packs.count))
    let idWidth = library.packs.map { DisplayWidth.of($0.id) }.max() ?? 0
    for pack in library.packs {
      let counts = ItemKind.allCases.map { "\(localize.kindName($0)) \(pack.items(of: $0).count)" }
      out.line(
        "  " + DisplayWidth.pad(pack.id, to: idWidth) + "  "
          + counts.prefix(5).joined(separator: " · "))
      out.line(
        "  " + String(repeating: " ", count: idWidth) + "  "
          + counts.dropFirst(5).joined(separator: " · "))
    }
    let total = library.packs.reduce(0) { $0 + $1.allItems.count }
    out.line(localize(.cliValidateTotal, total))
  }
}
