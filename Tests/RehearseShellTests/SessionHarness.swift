import RehearseContent
import RehearseLocalization
import RehearseShell
import RehearseStore
import RehearseTestSupport

/// What a scripted shell session printed.
struct Transcript {
  var output: String
  var errors: String
}

/// Runs the shell on the fixture library with `lines` as input, without a terminal.
func runShell(
  _ lines: [String], language: Language = .english, width: Int = 80,
  recorder: AttemptRecorder? = nil
) throws -> Transcript {
  let library = try ContentDirectory.load(TestPaths.fixture("library").path)
  Localizer.current = Localizer(language)
  let output = TextBuffer()
  let errors = TextBuffer()
  let session = ShellSession(
    library: library, localizer: Localizer(language), style: .plain, width: width,
    reader: ScriptedLineReader(lines), output: output, errors: errors, recorder: recorder)
  REPL(session: session).run()
  return Transcript(output: output.text, errors: errors.text)
}
