import Foundation
import RehearseStoreSQLite
import RehearseTestSupport
import Testing

/// What a hostile or unlucky trainee types into the piped shell: it must answer, never crash,
/// never let a control code reach the terminal, and never lose the session.
@Suite("Hostile input to the shell")
struct HostileInputTests {
  /// Every character that could steer a terminal, except the line breaks of the output.
  static func steering(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { scalar in
      scalar != "\n"
        && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
          || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value))
    }
  }

  @Test(
    "a number answer near or past the integer range is judged, not a crash",
    arguments: [
      "9223372036854775807小时", "9223372036854775807 months", "9223372036854775806分钟",
      "99999999999999999999天", "-9223372036854775808 hours", "九千九千九千九千九千九千周",
    ])
  func hugeNumbersAreJudged(answer: String) throws {
    let run = try CommandRun.rehearse(
      [], script: "use wireless-field-service\nquiz --type number\n\(answer)\n")
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("Score: "))
    #expect(!run.errors.contains("Fatal error"))
  }

  @Test func escapeCodesInAnswersAndCommandsAreShownNotSent() throws {
    let database = FileManager.default.temporaryDirectory
      .appendingPathComponent("rehearse-hostile-\(UUID()).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: database) }
    let hostile = "\u{1B}]2;pwned\u{07}\u{1B}[31m\u{202E}"
    let script = """
      \(hostile)packs
      use wireless-field-service
      search \(hostile)
      quiz --type phrase --count 1
      这不可能是我们的错\(hostile)
      quit

      """
    let run = try CommandRun.rehearse(["--db", database], script: script)
    #expect(run.status == 0)
    #expect(Self.steering(run.output).isEmpty, "\(Self.steering(run.output))")
    #expect(Self.steering(run.errors).isEmpty, "\(Self.steering(run.errors))")
    #expect(run.errors.contains("Unknown command “␛]2;pwned␇␛[31m<U+202E>packs”."))
    let attempts = try SQLiteScoreStore.open(path: database).attempts()
    #expect(attempts.count == 1)
    for attempt in attempts {
      // The answer is kept as typed; the feedback shown for it keeps no part of a code.
      #expect(attempt.answer == "这不可能是我们的错" + hostile)
      #expect(Self.steering(attempt.feedback).isEmpty, "\(attempt.feedback)")
      #expect(!attempt.feedback.contains("]2;pwned") || attempt.feedback.contains("␛]2;pwned"))
    }
  }

  @Test func aNulByteIsShownTheSameWayEverywhere() throws {
    let run = try CommandRun.rehearse([], input: Data("pa\u{0}cks\nsearch 客\u{0}户\n".utf8))
    #expect(run.status == 0)
    #expect(run.errors.contains("Unknown command “pa␀cks”."))
    #expect(!run.outputBytes.contains(0) && !run.errors.utf8.contains(0))
  }

  @Test func aByteOrderMarkDoesNotSpoilTheFirstCommand() throws {
    let run = try CommandRun.rehearse(
      ["--content", "Tests/Fixtures/library"], input: Data("\u{FEFF}use alpha\nkit\n".utf8))
    #expect(run.errors.isEmpty, "\(run.errors)")
    #expect(run.output.hasPrefix("Now using alpha: 甲规范\n"))
  }

  @Test func anOverlongAnswerIsRefusedAndTheNextOneCounts() throws {
    var input = Data("use wireless-field-service\nquiz --type number\n".utf8)
    input.append(Data(repeating: UInt8(ascii: "7"), count: 10 << 20))
    input.append(Data("\n5分钟\n".utf8))
    let run = try CommandRun.rehearse([], input: input)
    #expect(run.status == 0)
    #expect(
      run.errors.contains(
        "That line is 10485760 bytes long and was not taken; lines can be up to 65536 bytes."))
    #expect(run.output.contains("✔"))
  }

  @Test func aLongLineCostsLittleMemory() throws {
    // /usr/bin/time reports the shell's peak resident memory in KiB on its last line.
    var input = Data("use wireless-field-service\nquiz --type number\n".utf8)
    input.append(Data(repeating: UInt8(ascii: "7"), count: 10 << 20))
    input.append(Data("\n".utf8))
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("rehearse-long-\(UUID())")
    try input.write(to: script)
    defer { try? FileManager.default.removeItem(at: script) }
    let run = try CommandRun.shell(
      "/usr/bin/time -f %M '\(TestPaths.binary.path)' < '\(script.path)' > /dev/null")
    let peak = Int(run.errors.split(separator: "\n").last ?? "") ?? Int.max
    #expect(peak < 100_000, "peak resident memory \(peak) KiB")
  }

  @Test func aFortyMegabyteLineIsReadInOnePass() throws {
    // Quadratic reading took 37 s for this; linear reading takes well under a second.
    var input = Data(repeating: UInt8(ascii: "x"), count: 40 << 20)
    input.append(Data("\npacks\n".utf8))
    let started = Date()
    let run = try CommandRun.rehearse(["--content", "Tests/Fixtures/library"], input: input)
    #expect(Date().timeIntervalSince(started) < 20)
    #expect(run.errors.contains("That line is 41943040 bytes long"))
    #expect(run.output.contains("alpha"))
  }
}
