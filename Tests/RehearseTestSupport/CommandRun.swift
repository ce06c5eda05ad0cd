import Foundation

/// The result of running the built `rehearse` binary once.
public struct CommandRun: Sendable {
  public var status: Int32
  public var output: String
  public var errors: String
  /// Raw standard output, for byte-level checks.
  public var outputBytes: Data

  /// Runs the binary with `arguments`, feeding `input` to standard input, from `directory`
  /// (the package root by default) with a clean, predictable environment. With
  /// `standardOutputPath` (`/dev/full`, say) standard output goes there instead of a pipe.
  public static func rehearse(
    _ arguments: [String], input: Data = Data(), directory: URL = TestPaths.packageRoot,
    environment extra: [String: String] = [:], standardOutputPath: String? = nil
  ) throws -> CommandRun {
    try run(
      TestPaths.binary, arguments, input: input, directory: directory, environment: extra,
      standardOutputPath: standardOutputPath)
  }

  /// Runs a `/bin/sh` command line (to measure or wrap the binary) the same way.
  public static func shell(
    _ command: String, input: Data = Data(), environment extra: [String: String] = [:]
  ) throws -> CommandRun {
    try run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", command], input: input,
      directory: TestPaths.packageRoot, environment: extra)
  }

  private static func run(
    _ executable: URL, _ arguments: [String], input: Data, directory: URL,
    environment extra: [String: String], standardOutputPath: String? = nil
  ) throws -> CommandRun {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    // A home of its own per run, so that no run sees another's history or scores.
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-home-\(UUID())"
    ).path
    var environment = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": home,
      "LANG": "C.UTF-8",
      "USER": "tester",
    ]
    environment.merge(extra) { _, new in new }
    process.environment = environment
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    if let standardOutputPath {
      guard let file = FileHandle(forWritingAtPath: standardOutputPath) else {
        throw CocoaError(.fileNoSuchFile)
      }
      process.standardOutput = file
      try? stdout.fileHandleForWriting.close()
    } else {
      process.standardOutput = stdout
    }
    process.standardError = stderr
    try process.run()
    // Write and read concurrently so that large inputs and outputs cannot deadlock on full pipes.
    let writer = Thread {
      stdin.fileHandleForWriting.write(input)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errorData = Locked(Data())
    let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
    errorReader.start()
    let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while errorReader.isExecuting || !errorReader.isFinished { usleep(1_000) }
    return CommandRun(
      status: process.terminationStatus,
      output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorData.get(), as: UTF8.self),
      outputBytes: outputData)
  }

  /// Runs the binary with the lines of `script` on standard input.
  public static func rehearse(
    _ arguments: [String], script: String, environment: [String: String] = [:]
  ) throws -> CommandRun {
    try rehearse(arguments, input: Data(script.utf8), environment: environment)
  }
}

/// A value guarded by a lock, for handing data back from a reader thread.
final class Locked<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()

  init(_ value: Value) { self.value = value }

  func get() -> Value { lock.withLock { value } }
  func set(_ newValue: Value) { lock.withLock { value = newValue } }
}
