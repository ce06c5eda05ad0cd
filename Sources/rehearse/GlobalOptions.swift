import ArgumentParser
import RehearseLocalization

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(Localizer.current(.optionContentHelp), valueName: "dir"))
  var content: String?

  @Option(
    name: .long,
    help: ArgumentHelp(Localizer.current(.optionLangHelp), valueName: "zh|en"))
  var lang: String?

  @Option(
    name: .long,
    help: ArgumentHelp(Localizer.current(.optionDBHelp), valueName: "path"))
  var db: String?

  func validate() throws {
    if let lang, Language(code: lang) == nil {
      throw ValidationError(Localizer.current(.cliBadLanguage, lang))
    }
  }
}
