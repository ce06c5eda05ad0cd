import Foundation
import RehearseTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `rehearse check` against unlucky or hostile input and output: a directory, a file cut short
/// while it is read, a full disk, phrases that cannot match, escape codes in what it prints.
@Suite("rehearse check, when things go wrong")
struct CheckReliabilityTests {
  /// Writes `contents` to a new file (named with `name` if given) and returns its path.
  func temporaryFile(_ contents: Data, name: String? = nil) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      name.map { "\(UUID())-\($0)" } ?? "rehearse-check-\(UUID()).txt")
    try contents.write(to: file)
    return file.path
  }

  /// Runs the binary with standard output going to `output` (a path opened for writing).
  func run(_ arguments: [String], outputTo output: String) throws -> (
    status: Int32, errors: String
  ) {
    let process = Process()
    process.executableURL = TestPaths.binary
    process.arguments = arguments
    process.currentDirectoryURL = TestPaths.packageRoot
    process.environment = [
      "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin",
    ]
    let errors = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(forWritingAtPath: output)
    process.standardError = errors
    try process.run()
    let errorText = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: errorText, as: UTF8.self))
  }

  @Test func aDirectoryIsAnErrorNotACleanResult() throws {
    let phrases = try temporaryFile(Data("不知道\n".utf8))
    let run = try CommandRun.rehearse(["check", "--phrases", phrases, "Tests/Fixtures"])
    #expect(run.status == 2)
    #expect(run.errors == "Tests/Fixtures is a directory; give the files in it instead.\n")
    #expect(run.output.isEmpty)
  }

  @Test func aPhraseListThatFoldsToNothingIsAnError() throws {
    let phrases = try temporaryFile(Data("，。！\n   \n……？\n".utf8))
    let run = try CommandRun.rehearse(["check", "--phrases", phrases], script: "不知道\n")
    #expect(run.status == 2)
    #expect(run.errors.contains("None of the phrases can match"))
    // One phrase that can match is enough.
    let some = try temporaryFile(Data("，。！\n不知道\n".utf8))
    #expect(try CommandRun.rehearse(["check", "--phrases", some], script: "不知道\n").status == 1)
  }

  @Test(arguments: [false, true])
  func aReportThatCannotBeWrittenIsAnError(json: Bool) throws {
    let phrases = try temporaryFile(Data("不知道\n".utf8))
    let input = try temporaryFile(Data(String(repeating: "我不知道\n", count: 1_000).utf8))
    let run = try self.run(
      ["check", "--phrases", phrases] + (json ? ["--json"] : []) + [input], outputTo: "/dev/full")
    #expect(run.status == 2)
    #expect(run.errors.hasPrefix("Cannot write the report: "))
  }

  @Test func aFileCutShortWhileItIsCheckedEndsCleanlyNotWithABusError() throws {
    // Every line is flagged, so the report fills the pipe at once; while nobody reads it the
    // checker waits inside its first block, and the file is cut to nothing under it.
    let phrases = try temporaryFile(Data("不知道\n".utf8))
    let line = "我真的不知道这件事\n"
    let path = try temporaryFile(Data(String(repeating: line, count: 1_000_000).utf8))
    let process = Process()
    process.executableURL = TestPaths.binary
    process.arguments = ["check", "--phrases", phrases, path]
    process.environment = ["LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
    let output = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The first of the report means the file is open and its first block read; the report
    // of that block alone is larger than the pipe holds, so the checker is still inside it.
    var reportBytes = output.fileHandleForReading.availableData.count
    #expect(truncate(path, 0) == 0)
    while case let data = output.fileHandleForReading.availableData, !data.isEmpty {
      reportBytes += data.count
    }
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
    #expect(process.terminationStatus == 1)
    #expect(reportBytes > 0)
  }

  @Test func escapeCodesInFileNamesWordsAndPhrasesAreShownNotSent() throws {
    let phrases = try temporaryFile(Data("不知道\n".utf8))
    let input = try temporaryFile(
      Data("我不\u{1B}知\u{7}道\n".utf8), name: "a\u{1B}]2;pwned\u{07}.txt")
    let run = try CommandRun.rehearse(["check", "--phrases", phrases, input])
    #expect(run.status == 1)
    #expect(!run.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    #expect(run.output.contains("a␛]2;pwned␇.txt:1:2: banned: “不␛知␇道”"))
    // JSON stays escaped as JSON escapes.
    let json = try CommandRun.rehearse(["check", "--json", "--phrases", phrases, input])
    #expect(json.output.contains(#""matched":"不\u001b知\u0007道""#))
  }
}
