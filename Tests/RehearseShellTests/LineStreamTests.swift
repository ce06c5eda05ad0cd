import Foundation
import RehearseShell
import Testing

@Suite("Splitting piped input into lines")
struct LineStreamTests {
  /// The lines of `bytes` read through a pipe with a small limit.
  func lines(_ bytes: [UInt8], limit: Int) throws -> [ByteLineStream.Line] {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    let writeEnd = descriptors[1]
    let writer = Thread {
      bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let written = write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
          if written <= 0 { break }
          offset += written
        }
      }
      close(writeEnd)
    }
    writer.start()
    defer { close(descriptors[0]) }
    let stream = ByteLineStream(fileDescriptor: descriptors[0], maximumLineBytes: limit)
    var lines: [ByteLineStream.Line] = []
    while let line = stream.nextLine() { lines.append(line) }
    return lines
  }

  @Test func linesAtAndPastTheLimit() throws {
    let input = Array("abcd\nabcde\r\nabc\n\nabcdefgh".utf8)
    let read = try lines(input, limit: 4)
    #expect(
      read == [
        .line(ArraySlice("abcd".utf8)), .tooLong(byteCount: 5), .line(ArraySlice("abc".utf8)),
        .line([]), .tooLong(byteCount: 8),
      ])
  }

  @Test func aLineLongerThanManyBlocksIsCountedAndTheNextIsRead() throws {
    var input = [UInt8](repeating: UInt8(ascii: "x"), count: 1_000_000)
    input += Array("\nnext".utf8)
    #expect(
      try lines(input, limit: 1_000) == [
        .tooLong(byteCount: 1_000_000), .line(ArraySlice("next".utf8)),
      ])
  }
}
