import RehearseCheck
import Testing

/// The output buffer of `rehearse check`: short runs are copied with overlapping word moves,
/// which must neither lose nor invent a byte at any length.
@Suite("Byte sink")
struct ByteSinkTests {
  @Test func runsOfEveryLengthAreCopiedExactly() {
    let source = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    let sink = ByteSink(capacity: 16)
    var expected: [UInt8] = []
    for length in 0...100 {
      for offset in [0, 1, 7] {
        source.withUnsafeBufferPointer { sink.append($0.baseAddress! + offset, count: length) }
        expected += source[offset..<offset + length]
      }
    }
    #expect(Array(sink.bytes) == expected)
  }

  @Test func aCopyOfWhatWasWrittenIsAppendedAndCanBeTakenOut() {
    let sink = ByteSink(capacity: 16)
    sink.append(Array("file.txt:12:".utf8))
    sink.appendDecimal(3)
    // Copies of what it holds, growing the buffer first each time.
    sink.reserve(12)
    sink.appendWithinCapacity(copyOf: 0..<12)
    for _ in 0..<3 {
      sink.reserve(sink.count)
      sink.appendWithinCapacity(copyOf: 0..<sink.count)
    }
    let once = "file.txt:12:3file.txt:12:"
    #expect(String(decoding: sink.bytes, as: UTF8.self) == String(repeating: once, count: 8))
    sink.remove(0..<once.utf8.count * 7)
    sink.remove(4..<13)
    #expect(String(decoding: sink.bytes, as: UTF8.self) == "filefile.txt:12:")
  }
}
