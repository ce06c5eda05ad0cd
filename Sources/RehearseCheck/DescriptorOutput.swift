import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Writes the report straight to a file descriptor (standard output), in the large pieces the
/// checker produces, and remembers the first write that failed.
///
/// A report that could not be written (a full disk, `/dev/full`, a closed pipe) must not end in
/// exit status 0: after the first failure nothing more is written, and `failure` tells the
/// caller, which turns it into an error.
public final class DescriptorOutput: Sendable {
  private let descriptor: Int32
  /// The `errno` of the first failed write, or 0.
  private let failedWith = Atomic<Int32>(0)

  public init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// The `errno` of the first write that failed, if one did.
  public var failure: Int32? {
    let code = failedWith.load(ordering: .acquiring)
    return code == 0 ? nil : code
  }

  /// Writes all of `bytes`, unless a write has failed already.
  public func write(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil, let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 {
        // A write of 0 bytes to a regular file or pipe means no room: treat it as ENOSPC.
        failedWith.store(written < 0 ? errno : ENOSPC, ordering: .releasing)
        return
      }
      offset += written
    }
  }
}
