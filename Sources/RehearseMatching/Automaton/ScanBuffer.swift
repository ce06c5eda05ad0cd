/// A growable buffer of plain values that the scanning loop appends to without the checks an
/// `Array` makes on every append (uniqueness, capacity through a function call).
///
/// It is non-copyable, so its memory has exactly one owner and is freed exactly once; for the
/// same reason it can be sent to another thread (whoever holds it is the only one using it),
/// which is what the unchecked `Sendable` states.
struct ScanBuffer<Element: BitwiseCopyable>: ~Copyable, @unchecked Sendable {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var capacity: Int
  var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 1)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow(to: capacity * 2) }
    base[count] = element
    count += 1
  }

  /// Makes room for at least `minimum` elements, keeping the first `count`.
  mutating func reserve(_ minimum: Int) {
    if capacity < minimum { grow(to: max(minimum, capacity * 2)) }
  }

  private mutating func grow(to newCapacity: Int) {
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    larger.initialize(from: base, count: count)
    base.deallocate()
    base = larger
    capacity = newCapacity
  }

  subscript(index: Int) -> Element {
    @inline(__always) get { base[index] }
    @inline(__always) _modify { yield &base[index] }
  }
}
