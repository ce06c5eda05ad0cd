import Foundation
import RehearseCheck
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `InputBlocks` with blocks of a few bytes, so that every edge (a line longer than a block, a
/// last line without a newline, an empty input) is reached by inputs small enough to read.
@Suite("Input blocks")
struct InputBlocksTests {
  /// Every block `InputBlocks(blockSize:)` hands out for `input`, read from a regular file or
  /// from a pipe.
  static func blocks(of input: [UInt8], blockSize: Int, fromFile: Bool) throws -> (
    blocks: [[UInt8]], total: Int
  ) {
    let descriptor: Int32
    if fromFile {
      let path = FileManager.default.temporaryDirectory.appendingPathComponent(
        "input-blocks-\(UUID()).txt"
      ).path
      try Data(input).write(to: URL(fileURLWithPath: path))
      descriptor = open(path, O_RDONLY)
      unlink(path)
    } else {
      var ends: [Int32] = [-1, -1]
      #expect(pipe(&ends) == 0)
      // Small inputs fit in the pipe's buffer, so writing before reading cannot block.
      #expect(input.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) } == input.count)
      close(ends[1])
      descriptor = ends[0]
    }
    defer { close(descriptor) }
    var blocks: [[UInt8]] = []
    let total = try InputBlocks(blockSize: blockSize).forEach(in: descriptor) {
      blocks.append(Array($0))
    }
    return (blocks, total)
  }

  static let inputs: [String] = [
    "", "\n", "a", "a\n", "ab\ncd\n", "one\ntwo\nthree", "a very long line indeed\nb\n",
    "\n\n\n", "好\n不知道\n𠀀\n", "x\ny\nlong line at the end without a newline",
  ]

  @Test(arguments: [1, 2, 3, 4, 7, 64], [false, true])
  func blocksAreWholeLinesThatAddUpToTheInput(blockSize: Int, fromFile: Bool) throws {
    for text in Self.inputs {
      let input = Array(text.utf8)
      let (blocks, total) = try Self.blocks(of: input, blockSize: blockSize, fromFile: fromFile)
      #expect(total == input.count, "\(text.debugDescription)")
      #expect(blocks.flatMap { $0 } == input, "\(text.debugDescription)")
      #expect(!blocks.contains { $0.isEmpty }, "no empty block: \(text.debugDescription)")
      // Every block but the last ends a line; the last ends where the input ends.
      for block in blocks.dropLast() {
        #expect(block.last == UInt8(ascii: "\n"), "\(text.debugDescription)")
      }
    }
  }

  @Test func aBlockHoldsAsManyWholeLinesAsFitAndALongLineWhole() throws {
    let input = Array("ab\ncd\nefghijkl\nm\n".utf8)
    let (blocks, _) = try Self.blocks(of: input, blockSize: 7, fromFile: true)
    // The long line doubles the buffer to 14 bytes, and then what follows it fits as well.
    #expect(blocks.map { String(decoding: $0, as: UTF8.self) } == ["ab\ncd\n", "efghijkl\nm\n"])
  }

  @Test func aDirectoryIsAnErrorNotAnEmptyInput() throws {
    let descriptor = open(FileManager.default.temporaryDirectory.path, O_RDONLY)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    #expect(throws: InputFailure.isDirectory) {
      _ = try InputBlocks(blockSize: 4).forEach(in: descriptor) { _ in }
    }
  }

  @Test func aFailedReadIsAnError() throws {
    // A descriptor open only for writing cannot be read: EBADF.
    let descriptor = open("/dev/null", O_WRONLY)
    defer { close(descriptor) }
    #expect(throws: InputFailure.cannotRead(EBADF)) {
      _ = try InputBlocks(blockSize: 4).forEach(in: descriptor) { _ in }
    }
  }
}
