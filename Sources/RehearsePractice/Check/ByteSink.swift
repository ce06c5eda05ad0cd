#if canImport(Glibc)
  import Glibc
#endif

/// A growable byte buffer written through a raw pointer.
///
/// The check output appends a dozen small pieces per flag, hundreds of thousands of times;
/// `Array`'s uniqueness and capacity checks on every append cost more than the copying itself.
/// One sink belongs to one thread at a time.
public final class ByteSink: @unchecked Sendable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Bytes written so far.
  public private(set) var count = 0

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

  @inline(__always)
  private func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    var newCapacity = capacity * 2
    while newCapacity < count + extra { newCapacity *= 2 }
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity = newCapacity
  }

  @inline(__always)
  public func append(_ pointer: UnsafePointer<UInt8>, count bytes: Int) {
    guard bytes > 0 else { return }
    reserve(bytes)
    (base + count).update(from: pointer, count: bytes)
    count += bytes
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
