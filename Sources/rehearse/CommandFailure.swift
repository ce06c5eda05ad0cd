/// Exit statuses scripts rely on (see docs/cli.md).
enum ExitStatus: Int32 {
  case success = 0
  /// `validate`: the content has problems; `check`: a banned phrase was found.
  case failure = 1
  /// Bad usage, or content that could not be loaded.
  case usageOrContent = 2
}

/// Ends a command with a message on standard error and an exit status.
struct CommandFailure: Error {
  var message: String
  var status: ExitStatus
}
