#if canImport(Glibc)
  import Glibc
#endif

/// A growable byte buffer written through a raw pointer.
///
/// The check output appends a dozen small pieces per flag, hundreds of thousands of times;
/// `Array`'s uniqueness and capacity checks on every append cost more than the copying itself.
/// One sink belongs to one thread at a time, and no method calls another while it holds its
/// fields, so dynamic exclusivity checks (a runtime call on every access of a class's field,
/// a dozen per flag) are turned off for them.
public final class ByteSink: @unchecked Sendable {
  @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var capacity: Int
  /// Bytes written so far.
  @exclusivity(unchecked) public private(set) var count = 0

  public init(capacity: Int = 1 << 16) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  /// What has been written.
  public var bytes: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base, count: count)
  }

  public func removeAll() {
    count = 0
  }

  /// Makes room for `extra` more bytes, so that as many can be appended within capacity.
  @inline(__always)
  public func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    grow(toHold: count + extra)
  }

  private func grow(toHold needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity = newCapacity
  }

  /// Appends `bytes` bytes from `pointer`. Runs of up to 32 bytes, which is most of what a
  /// report is made of, are copied inline with overlapping word moves (never reading or
  /// writing outside either run); longer ones go to `memcpy`.
  @inline(__always)
  public func append(_ pointer: UnsafePointer<UInt8>, count bytes: Int) {
    reserve(bytes)
    appendWithinCapacity(pointer, count: bytes)
  }

  /// `append(_:count:)` where `reserve` has made the room already.
  @inline(__always)
  public func appendWithinCapacity(_ pointer: UnsafePointer<UInt8>, count bytes: Int) {
    assert(count + bytes <= capacity)
    let target = UnsafeMutableRawPointer(base + count)
    let source = UnsafeRawPointer(pointer)
    switch bytes {
    case 0:
      return
    case 1..<4:
      target.storeBytes(of: pointer[0], as: UInt8.self)
      target.storeBytes(of: pointer[bytes >> 1], toByteOffset: bytes >> 1, as: UInt8.self)
      target.storeBytes(of: pointer[bytes - 1], toByteOffset: bytes - 1, as: UInt8.self)
    case 4..<8:
      Self.move(UInt32.self, source, target, bytes)
    case 8...16:
      Self.move(UInt64.self, source, target, bytes)
    case 17...32:
      Self.move(SIMD16<UInt8>.self, source, target, bytes)
    default:
      target.copyMemory(from: source, byteCount: bytes)
    }
    count += bytes
  }

  /// Copies `bytes` bytes, at least one `Word` and at most two, as a first and a last word
  /// that overlap in the middle.
  @inline(__always)
  private static func move<Word: BitwiseCopyable>(
    _: Word.Type, _ source: UnsafeRawPointer, _ target: UnsafeMutableRawPointer, _ bytes: Int
  ) {
    let last = bytes - MemoryLayout<Word>.size
    let head = source.loadUnaligned(as: Word.self)
    let tail = source.loadUnaligned(fromByteOffset: last, as: Word.self)
    target.storeBytes(of: head, as: Word.self)
    target.storeBytes(of: tail, toByteOffset: last, as: Word.self)
  }

  /// Appends a copy of bytes this sink already holds (`range` of what was written), where
  /// `reserve` has made the room already.
  @inline(__always)
  public func appendWithinCapacity(copyOf range: Range<Int>) {
    appendWithinCapacity(base + range.lowerBound, count: range.count)
  }

  /// `append(_:)` of one byte where `reserve` has made the room already.
  @inline(__always)
  public func appendWithinCapacity(_ byte: UInt8) {
    assert(count < capacity)
    base[count] = byte
    count += 1
  }

  /// Takes `range` out of what was written; what followed it moves up.
  public func remove(_ range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= count)
    memmove(base + range.lowerBound, base + range.upperBound, count - range.upperBound)
    count -= range.count
  }

  @inline(__always)
  public func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    if let start = buffer.baseAddress { append(start, count: buffer.count) }
  }

  @inline(__always)
  public func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  public func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  public func append(_ text: StaticString) {
    append(text.utf8Start, count: text.utf8CodeUnitCount)
  }

  /// A non-negative number in decimal.
  @inline(__always)
  public func appendDecimal(_ value: Int) {
    reserve(20)
    var remaining = max(value, 0)
    var digits = 0
    repeat {
      digits += 1
      remaining /= 10
    } while remaining > 0
    remaining = max(value, 0)
    var position = count + digits - 1
    repeat {
      base[position] = UInt8(ascii: "0") &+ UInt8(remaining % 10)
      remaining /= 10
      position -= 1
    } while remaining > 0
    count += digits
  }
}
