import Foundation
import RehearseTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 12's store cases through the built binary: exports that harm nothing and never claim
/// a write that failed, answers kept whole, owner-only databases, names that cannot be empty.
@Suite("Store reliability")
struct StoreReliabilityTests {
  let folder: URL
  var database: String { folder.appendingPathComponent("scores.sqlite").path }

  init() throws {
    folder = try TemporaryFolder.make().appendingPathComponent("data")
  }

  /// One dialogue turn answered with `answer`, recorded in `database`.
  @discardableResult
  func answerOneTurn(_ answer: String) throws -> CommandRun {
    try CommandRun.rehearse(
      ["--content", "Tests/Fixtures/library", "--db", database, "--trainee", "王芳"],
      script: "dialogue alpha/book-visit\n\(answer)\n")
  }

  func export(_ arguments: [String]) throws -> CommandRun {
    try CommandRun.rehearse(["export", "--db", database] + arguments)
  }

  func mode(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode : 0
  }

  @Test func aNulByteDoesNotCutTheStoredAnswerShort() throws {
    try answerOneTurn("您好\u{0}我是客户代表")
    let json = try export(["--format", "json"])
    let attempts = try #require(
      try JSONSerialization.jsonObject(with: json.outputBytes) as? [[String: Any]])
    #expect(attempts.first?["answer"] as? String == "您好\u{0}我是客户代表")
  }

  @Test func aNewDatabaseAndItsFolderAreOwnerOnly() throws {
    try answerOneTurn("您好")
    #expect(mode(folder.path) & 0o777 == 0o700)
    for suffix in ["", "-wal", "-shm"]
    where FileManager.default.fileExists(atPath: database + suffix) {
      #expect(mode(database + suffix) & 0o777 == 0o600, "\(suffix)")
    }
  }

  @Test func anEmptyTraineeOrTeamIsRefused() throws {
    for arguments in [
      ["--trainee", ""], ["--trainee", "  "], ["--team", ""],
      ["export", "--format", "csv", "--trainee", ""],
    ] {
      let run = try CommandRun.rehearse(
        ["--content", "Tests/Fixtures/library", "--db", database] + arguments,
        script: "dialogue alpha/book-visit\n您好\n")
      #expect(run.status == 2, "\(arguments)")
      #expect(run.errors.contains("cannot be empty"), "\(arguments)")
    }
    #expect(!FileManager.default.fileExists(atPath: database))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func anExportThatCannotBeWrittenFailsAndSaysSo() throws {
    try answerOneTurn("您好")
    for format in ["csv", "json", "xapi"] {
      let redirected = try CommandRun.rehearse(
        ["export", "--db", database, "--format", format, "--home-page", "https://lms.example.com"],
        standardOutputPath: "/dev/full")
      #expect(redirected.status == 1, "\(format)")
      #expect(redirected.errors.contains("Cannot write to standard output"), "\(format)")
    }
    let out = try export(["--format", "csv", "--out", "/dev/full"])
    #expect(out.status == 1)
    #expect(out.errors.contains("Cannot write /dev/full"))
    #expect(!out.errors.contains("Exported"))
    // Still a device, not replaced by a file.
    #expect(mode("/dev/full") & S_IFMT == S_IFCHR)
  }

  @Test func anExportKeepsALinkALinkAndAPrivateFilePrivate() throws {
    try answerOneTurn("您好")
    let place = try TemporaryFolder.make()
    let file = place.appendingPathComponent("private.csv").path
    let link = place.appendingPathComponent("link.csv").path
    FileManager.default.createFile(atPath: file, contents: Data("old".utf8))
    chmod(file, 0o600)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "private.csv")
    let run = try export(["--format", "csv", "--out", link])
    #expect(run.status == 0)
    #expect(run.errors.contains("Exported 1 answers"))
    #expect(mode(link) & S_IFMT == S_IFLNK)
    #expect(mode(file) & 0o7777 == 0o600)
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(written.contains("王芳"))
    // No temporary file is left beside it.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: place.path).sorted() == [
        "link.csv", "private.csv",
      ])

    let new = place.appendingPathComponent("new.json").path
    #expect(try export(["--format", "json", "--out", new]).status == 0)
    #expect(mode(new) & 0o7777 == 0o600)

    let dangling = place.appendingPathComponent("dangling.csv").path
    try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere/x")
    let refused = try export(["--format", "csv", "--out", dangling])
    #expect(refused.status == 1)
    #expect(refused.errors.contains("symbolic link to nothing"))
    #expect(mode(dangling) & S_IFMT == S_IFLNK)
  }

  @Test func anExportToAFIFOIsWrittenThroughIt() throws {
    try answerOneTurn("您好")
    let fifo = try TemporaryFolder.make().appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let received = ReceivedBytes()
    let reader = Thread {
      received.set(FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data())
    }
    reader.start()
    let run = try export(["--format", "csv", "--out", fifo])
    while !reader.isFinished { usleep(1_000) }
    #expect(run.status == 0)
    #expect(mode(fifo) & S_IFMT == S_IFIFO)
    #expect(String(decoding: received.get(), as: UTF8.self).contains("王芳"))
  }
}

/// Bytes handed back from a reader thread.
final class ReceivedBytes: @unchecked Sendable {
  private var data = Data()
  private let lock = NSLock()
  func get() -> Data { lock.withLock { data } }
  func set(_ new: Data) { lock.withLock { data = new } }
}
