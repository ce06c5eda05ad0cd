import Foundation
import RehearseTestSupport
import Testing

/// A score database locked by another program (issue 12, case 4): no answer is lost, the
/// trainee hears about it once, and a lock held past the end of a session leaves the answers
/// in a journal that the next session writes.
@Suite(
  "A locked score database",
  .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
struct LockedDatabaseTests {
  let folder: URL
  var database: String { folder.appendingPathComponent("scores.sqlite").path }
  var home: String { folder.appendingPathComponent("home").path }

  init() throws {
    folder = try TemporaryFolder.make()
  }

  var shellArguments: [String] {
    ["--content", "Tests/Fixtures/library", "--db", database, "--trainee", "王芳"]
  }

  /// A database with one answer in it, so that its schema exists before it is locked.
  func makeDatabase() throws {
    let run = try CommandRun.rehearse(
      shellArguments, script: "dialogue alpha/book-visit\n您好\n", environment: ["HOME": home])
    #expect(run.status == 0)
  }

  func recordedCount() throws -> Int {
    let json = try CommandRun.rehearse(["export", "--db", database, "--format", "json"])
    return (try JSONSerialization.jsonObject(with: json.outputBytes) as? [Any])?.count ?? -1
  }

  @Test func answersGivenWhileItIsLockedAreWrittenWhenTheLockGoes() throws {
    try makeDatabase()
    let lock = try Program("/usr/bin/sqlite3", [database])
    lock.write("BEGIN EXCLUSIVE;\nINSERT INTO grdb_migrations VALUES ('held');\n")
    usleep(300_000)
    // Locked from before the shell starts until after its first two answers.
    let shell = try Program(TestPaths.binary.path, shellArguments, environment: ["HOME": home])
    shell.write("dialogue alpha/book-visit\n您好，我是铁通客户代表\n对不起\n")
    usleep(3_500_000)
    lock.write("ROLLBACK;\n")
    lock.closeInput()
    #expect(lock.wait().status == 0)
    shell.write("dialogue alpha/book-visit\n您好\n对不起，给您带来麻烦了\n")
    shell.closeInput()
    let result = shell.wait()
    #expect(result.status == 0)
    #expect(result.errors.components(separatedBy: "The score database is busy").count == 2)
    #expect(result.errors.contains("now recorded"))
    #expect(!result.errors.contains("could not be recorded"))
    #expect(try recordedCount() == 5)
  }

  @Test func aLockHeldPastTheEndLeavesTheAnswersForTheNextSession() throws {
    try makeDatabase()
    let lock = try Program("/usr/bin/sqlite3", [database])
    lock.write("BEGIN EXCLUSIVE;\nINSERT INTO grdb_migrations VALUES ('held');\n")
    usleep(300_000)
    let locked = try CommandRun.rehearse(
      shellArguments, script: "dialogue alpha/book-visit\n您好\n对不起\n",
      environment: ["HOME": home])
    #expect(locked.status == 0)
    #expect(locked.errors.contains("2 answers could not be written to the score database yet"))
    lock.write("ROLLBACK;\n")
    lock.closeInput()
    _ = lock.wait()
    #expect(try recordedCount() == 1)
    let next = try CommandRun.rehearse(
      shellArguments, script: "scores\n", environment: ["HOME": home])
    #expect(next.errors.contains("2 answers kept from an earlier session are now recorded"))
    #expect(try recordedCount() == 3)
    // Replayed once: a third session records nothing twice.
    _ = try CommandRun.rehearse(shellArguments, script: "scores\n", environment: ["HOME": home])
    #expect(try recordedCount() == 3)
  }
}

/// A program whose standard input the test writes bit by bit.
final class Program {
  private let process = Process()
  private let input = Pipe()
  private let errorPipe = Pipe()
  private let collected = ReceivedBytes()
  private let reader: Thread

  init(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws {
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = TestPaths.packageRoot
    var variables = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "LANG": "C.UTF-8", "USER": "tester",
    ]
    variables.merge(environment) { _, new in new }
    process.environment = variables
    process.standardInput = input
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardError = errorPipe
    let handle = errorPipe.fileHandleForReading
    let collected = collected
    reader = Thread { collected.set(handle.readDataToEndOfFile()) }
    try process.run()
    reader.start()
  }

  func write(_ text: String) {
    input.fileHandleForWriting.write(Data(text.utf8))
  }

  func closeInput() {
    try? input.fileHandleForWriting.close()
  }

  func wait() -> (status: Int32, errors: String) {
    process.waitUntilExit()
    while !reader.isFinished { usleep(1_000) }
    return (process.terminationStatus, String(decoding: collected.get(), as: UTF8.self))
  }
}
