import Testing

@testable import RehearseCheck

/// Line numbers of `rehearse check` come from counting newlines 32 bytes at a time.
@Suite("Line count")
struct LineCountTests {
  @Test func countsEveryNewlineWhateverTheBytesAround() {
    var generator = SystemRandomNumberGenerator()
    for length in [0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 1000, 4099, 8160, 8161, 8192, 20_000] {
      // Every byte value, newlines dense, high bytes next to them; past 255 rounds of 32 bytes.
      let bytes = (0..<length).map { _ in
        Bool.random(using: &generator) ? UInt8(0x0A) : UInt8.random(in: 0...255, using: &generator)
      }
      let newlines = bytes.filter { $0 == 0x0A }.count
      let expected = bytes.last.map { $0 == 0x0A ? newlines : newlines + 1 } ?? 0
      #expect(bytes.withUnsafeBufferPointer { BlockChecker.lineCount($0) } == expected)
    }
  }

  @Test func bytesOneAwayFromANewlineAreNotCounted() {
    let bytes: [UInt8] = [0x0B, 0x09, 0x8A, 0x0A, 0x4A, 0x1A, 0x0A, 0xFA, 0x0B]
    #expect(bytes.withUnsafeBufferPointer { BlockChecker.lineCount($0) } == 3)
  }
}
