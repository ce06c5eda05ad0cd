import RehearseContent
import RehearseLocalization
import RehearseShell
import RehearseTestSupport
import Testing

@Suite("Tab completion")
struct CompletionTests {
  func completer(using pack: String? = nil) throws -> Completer {
    let library = try ContentDirectory.load(TestPaths.fixture("library").path)
    let session = ShellSession(
      library: library, localizer: Localizer(.english), style: .plain, width: 80,
      reader: ScriptedLineReader([]), output: TextBuffer(), errors: TextBuffer())
    session.currentPackID = pack
    return Completer(session: session)
  }

  @Test func completesAUniqueCommandWithASpace() throws {
    #expect(try completer().complete("sho").insertion == "w ")
    #expect(try completer().complete("he").insertion == "lp ")
    #expect(try completer().complete("qui").candidates == ["quit", "quiz"])
  }

  @Test func listsCandidatesWhenAmbiguous() throws {
    let completion = try completer().complete("p")
    #expect(completion.insertion == "")
    #expect(completion.candidates == ["packs", "phrases", "procedures"])
    let common = try completer().complete("pr")
    #expect(common.insertion == "ocedures ")
  }

  @Test func completesPackIdsAfterUse() throws {
    #expect(try completer().complete("use a").insertion == "lpha ")
    #expect(try completer().complete("use ").candidates == ["alpha", "beta"])
  }

  @Test func completesItemIdsOfThePackInUse() throws {
    let completion = try completer(using: "alpha").complete("show q-i")
    #expect(completion.candidates == ["q-install-order", "q-intro"])
    #expect(completion.insertion == "n")
    #expect(try completer(using: "alpha").complete("show decl").insertion == "ine-tea ")
  }

  @Test func completesTopicsAfterRules() throws {
    #expect(try completer(using: "alpha").complete("rules d").insertion == "iscipline ")
  }

  @Test func offersNothingAfterACompleteArgument() throws {
    #expect(try completer().complete("use alpha x").candidates.isEmpty)
  }
}
