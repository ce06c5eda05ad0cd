import Foundation
import RehearseTestSupport
import Testing

/// `rehearse check` as scripts use it: lines in, flags out, exit status by severity.
@Suite("rehearse check")
struct CheckCommandTests {
  let library = ["--content", "Tests/Fixtures/library"]

  func flags(ofJSONLine line: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    return object?["flags"] as? [[String: Any]] ?? []
  }

  @Test func cleanInputExitsZero() throws {
    let run = try CommandRun.rehearse(["check"] + library, script: "您好，我是铁通公司客户代表。\n但是您放心\n")
    #expect(run.status == 0)
    #expect(run.output.isEmpty)
  }

  @Test func aBannedPhraseExitsOneAndIsReportedWithItsColumn() throws {
    let run = try CommandRun.rehearse(["check"] + library, script: "您好\n我觉得这—不可能—是我们的错！\n")
    #expect(run.status == 1)
    #expect(
      run.output == "2:4: banned: “这—不可能—是我们的错” is “这不可能是我们的错”; say instead: 请您别着急，我马上帮您查明原因。\n")
  }

  @Test func onlyDiscouragedPhrasesExitZero() throws {
    let run = try CommandRun.rehearse(["check"] + library, script: "但是这样不行\n")
    #expect(run.status == 0)
    #expect(run.output == "1:1: avoid: “但是”; say instead: 同时\n")
  }

  @Test func jsonGivesOneObjectPerLineWithScalarOffsets() throws {
    let run = try CommandRun.rehearse(
      ["check", "--json"] + library, script: "好\n𠀀這 不可能是我們的錯，这是我们公司的规定\n\n")
    #expect(run.status == 1)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(try flags(ofJSONLine: lines[0]).isEmpty)
    #expect(lines[0] == #"{"line":1,"flags":[]}"#)
    let found = try flags(ofJSONLine: lines[1])
    #expect(found.map { $0["id"] as? String } == ["not-our-fault", "company-rule"])
    // The astral 𠀀 counts as one scalar; offsets are into the line as typed.
    #expect(found[0]["start"] as? Int == 1)
    #expect(found[0]["end"] as? Int == 11)
    #expect(found[0]["matched"] as? String == "這 不可能是我們的錯")
    #expect(found[0]["phrase"] as? String == "这不可能是我们的错")
    #expect(found[0]["severity"] as? String == "banned")
    #expect(found[0]["suggestion"] as? String == "请您别着急，我马上帮您查明原因。")
    #expect(found[0]["source"] as? String == "《甲规范》第四条 禁语1")
    #expect(found[0]["pack"] as? String == "alpha")
    #expect(found[1]["start"] as? Int == 12)
  }

  @Test func aRecommendedPhraseIsNotFlagged() throws {
    let run = try CommandRun.rehearse(["check", "--json"], script: "谢谢您，公司规定，不得接受客户的烟茶招待，请原谅\n")
    #expect(run.status == 0)
    #expect(run.output == #"{"line":1,"flags":[]}"# + "\n")
  }

  @Test func aPhraseListReplacesTheContent() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-check-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let phrases = folder.appendingPathComponent("phrases.txt")
    try "# words to watch\n不知道\n\n没办法\n".write(to: phrases, atomically: true, encoding: .utf8)
    let run = try CommandRun.rehearse(
      ["check", "--json", "--phrases", phrases.path], script: "我不 知道，没辦法\n这不可能是我们的错\n")
    #expect(run.status == 1)
    let lines = run.output.split(separator: "\n").map(String.init)
    let first = try flags(ofJSONLine: lines[0])
    #expect(first.map { $0["id"] as? String } == ["phrases:2", "phrases:4"])
    #expect(first[0]["source"] as? String == "\(phrases.path):2")
    #expect(try flags(ofJSONLine: lines[1]).isEmpty, "the content's phrases are not used")
  }

  @Test func aPhraseListSavedOnWindowsReadsTheSame() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-check-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let phrases = folder.appendingPathComponent("phrases.txt")
    // A byte-order mark and CRLF line ends, as Notepad saves them.
    try Data([0xEF, 0xBB, 0xBF] + Array("不知道\r\n\r\n没办法\r\n".utf8)).write(to: phrases)
    let run = try CommandRun.rehearse(["check", "--phrases", phrases.path], script: "我不知道，没办法\n")
    #expect(run.status == 1)
    #expect(run.output == "1:2: banned: “不知道”\n1:6: banned: “没办法”\n")
  }

  @Test func filesAreNumberedSeparatelyAndNamed() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-check-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let first = folder.appendingPathComponent("a.txt")
    let second = folder.appendingPathComponent("b.txt")
    try "好\n".write(to: first, atomically: true, encoding: .utf8)
    try "但是\n好".write(to: second, atomically: true, encoding: .utf8)
    let run = try CommandRun.rehearse(["check", "--stats"] + library + [first.path, second.path])
    #expect(run.output == "\(second.path):1:1: avoid: “但是”; say instead: 同时\n")
    #expect(run.errors.hasPrefix("lines=3 flags=1 bytes=\("好\n但是\n好".utf8.count) seconds="))
  }

  @Test func statsCountLinesFlagsAndBytes() throws {
    let run = try CommandRun.rehearse(["check", "--stats"] + library, script: "但是\n但是但是\n好")
    #expect(run.errors.hasPrefix("lines=3 flags=3 bytes=\("但是\n但是但是\n好".utf8.count) seconds="))
  }

  @Test func badInputIsAUsageError() throws {
    let missing = try CommandRun.rehearse(["check"] + library + ["/nonexistent/file.txt"])
    #expect(missing.status == 2)
    #expect(missing.errors == "Cannot read /nonexistent/file.txt.\n")
    let noPhrases = try CommandRun.rehearse(["check", "--phrases", "/dev/null"], script: "x\n")
    #expect(noPhrases.status == 2)
    let broken = try CommandRun.rehearse(
      ["check", "--content", "Tests/Fixtures/broken"], script: "x\n")
    #expect(broken.status == 2)
    #expect(broken.errors.contains("unknown key “txet”"))
  }

  /// Writes `input` to a new file and returns its path.
  func temporaryFile(_ input: Data) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-check-\(UUID()).txt")
    try input.write(to: file)
    return file.path
  }

  // A file and a pipe (which may deliver less than asked at each read) must cut the input at
  // the same lines.
  @Test(arguments: [false, true])
  func longLinesAndManyLinesStream(fromFile: Bool) throws {
    // Longer than one block (8 MiB), with the phrase at its very end.
    var input = Data(repeating: UInt8(ascii: "a"), count: 9 << 20)
    input.append(Data("这不可能是我们的错\n".utf8))
    for _ in 0..<50_000 { input.append(Data("好的，马上为您处理。\n".utf8)) }
    input.append(Data("信不信由你".utf8))
    let arguments = ["check", "--stats", "--content", "content"]
    let file = fromFile ? try temporaryFile(input) : nil
    let run =
      try file.map { try CommandRun.rehearse(arguments + [$0]) }
      ?? CommandRun.rehearse(arguments, input: input)
    #expect(run.status == 1)
    let output = file.map { run.output.replacingOccurrences(of: $0 + ":", with: "") } ?? run.output
    let outputLines = output.split(separator: "\n")
    #expect(outputLines.count == 2)
    #expect(outputLines.first?.hasPrefix("1:\(9 << 20 + 1): banned:") == true)
    #expect(outputLines.last?.hasPrefix("50002:1: banned:") == true)
    #expect(run.errors.hasPrefix("lines=50002 flags=2 bytes=\(input.count) "))
  }

  @Test func aFileAndThePipeOfItReportTheSameAcrossBlocks() throws {
    // Lines of every length around the 8 MiB block boundary, each with the phrase somewhere.
    var input = Data()
    var length = 0
    while input.count < (8 << 20) + 100_000 {
      input.append(Data(String(repeating: "好", count: length % 97).utf8))
      input.append(Data("这不可能是我们的错".utf8))
      input.append(Data(String(repeating: "的", count: length % 13).utf8))
      input.append(UInt8(ascii: "\n"))
      length += 1
    }
    let arguments = ["check", "--content", "content"]
    let file = try temporaryFile(input)
    let mapped = try CommandRun.rehearse(arguments + [file])
    let piped = try CommandRun.rehearse(arguments, input: input)
    let mappedLines = mapped.output.split(separator: "\n")
    #expect(mappedLines.count == length)
    // Pieces are checked on several threads and handed out in order: line after line.
    let numbers = mappedLines.map { Int($0.dropFirst(file.count + 1).prefix { $0 != ":" }) ?? 0 }
    #expect(numbers == Array(1...length))
    #expect(
      mappedLines.last?.hasPrefix("\(file):\(length):\(length.advanced(by: -1) % 97 + 1): banned:")
        == true)
    #expect(mapped.output.replacingOccurrences(of: file + ":", with: "") == piped.output)
  }

  @Test func invalidUTF8IsReadNotFatal() throws {
    var input = Data([0xFF, 0xFE])
    input.append(Data("这不可能是我们的错\n".utf8))
    let run = try CommandRun.rehearse(["check", "--json"] + library, input: input)
    #expect(run.status == 1)
    let found = try flags(ofJSONLine: String(run.output.dropLast()))
    #expect(found.first?["start"] as? Int == 2)
  }
}
