import Foundation
import RehearseContent

/// The fuzz targets' bodies, one function per target taking the fuzzer's bytes. They are a
/// normal library so that `swift test` replays the inputs the fuzzers found
/// (Tests/Fixtures/fuzz); the libFuzzer executables in Fuzz/ only call them.
public enum FuzzTargets {
  /// Every target by the name of its executable and its regression folder.
  public static let all: [(name: String, run: @Sendable ([UInt8]) -> Void)] = [
    ("FuzzContentLoader", contentLoader), ("FuzzMatching", matching), ("FuzzScoring", scoring),
    ("FuzzAnswerReading", answerReading), ("FuzzShellCommands", shellCommands),
  ]
}

/// Helpers the libFuzzer targets share: turning the fuzzer's bytes into parts, and the
/// bundled content loaded once per process.
public enum FuzzInput {
  /// The input's bytes.
  public static func bytes(_ start: UnsafeRawPointer, _ count: Int) -> [UInt8] {
    Array(UnsafeRawBufferPointer(start: start, count: count))
  }

  /// The bytes split at the first NUL: the part before it and the part after (empty if none).
  public static func halves(_ bytes: [UInt8]) -> (first: [UInt8], second: [UInt8]) {
    guard let zero = bytes.firstIndex(of: 0) else { return (bytes, []) }
    return (Array(bytes[..<zero]), Array(bytes[(zero + 1)...]))
  }

  /// The bytes as text, invalid UTF-8 shown as U+FFFD, as the shell reads lines.
  public static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// The bundled content, from `REHEARSE_FUZZ_CONTENT` or `content` in the working directory
  /// (scripts/fuzz.sh runs from the package root).
  public static let bundledContent: ContentLibrary = {
    let path = ProcessInfo.processInfo.environment["REHEARSE_FUZZ_CONTENT"] ?? "content"
    do {
      return try ContentDirectory.load(path)
    } catch {
      FileHandle.standardError.write(Data(String(describing: error).utf8))
      exit(2)
    }
  }()
}
