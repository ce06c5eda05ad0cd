/// Where an export's bytes go as they are made: a buffer that hands full blocks on, so an
/// export of any size needs only this block in memory.
public final class ExportWriter {
  private var buffer: [UInt8] = []
  private let blockSize: Int
  private let send: (UnsafeRawBufferPointer) throws -> Void

  /// Hands each block to `send`, which writes it all or throws.
  public init(blockSize: Int = 1 << 16, send: @escaping (UnsafeRawBufferPointer) throws -> Void) {
    self.blockSize = blockSize
    self.send = send
    buffer.reserveCapacity(blockSize)
  }

  /// Appends one byte.
  @inline(__always)
  public func append(_ byte: UInt8) throws {
    buffer.append(byte)
    if buffer.count >= blockSize { try flush() }
  }

  /// Appends bytes.
  public func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= blockSize { try flush() }
  }

  /// Appends `text` as UTF-8.
  public func append(_ text: String) throws {
    var text = text
    try text.withUTF8 { try append($0) }
  }

  /// Sends what is buffered.
  public func flush() throws {
    guard !buffer.isEmpty else { return }
    try buffer.withUnsafeBytes { try send($0) }
    buffer.removeAll(keepingCapacity: true)
  }
}

extension ExportWriter {
  /// A writer that collects everything in memory, for tests and small renders.
  static func collecting() -> (ExportWriter, () -> [UInt8]) {
    final class Box { var bytes: [UInt8] = [] }
    let box = Box()
    let writer = ExportWriter { box.bytes.append(contentsOf: $0) }
    return (writer, { box.bytes })
  }
}
