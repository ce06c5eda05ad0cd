import ArgumentParser
import RehearseLocalization

/// `--pack ID`, for study commands that otherwise use the pack in use.
struct PackOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(Localizer.current(.optionPackHelp), valueName: "pack"))
  var pack: String?
}
