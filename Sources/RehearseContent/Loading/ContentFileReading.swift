import Glibc

/// Reads one content file or lists one folder without trusting what the path points at.
///
/// A file is opened first and everything is checked on what was opened (`fstat` on the open
/// descriptor), so a symbolic link is measured at its target, a FIFO or a device is refused
/// instead of read forever, and a file that grows between the check and the read is still
/// cut at the size limit. Every failure comes back as a `ContentProblem` with the system's
/// reason, never as a silently skipped file or folder.
enum ContentFileReading {
  /// What was read, or the problem that stopped it (`ContentProblem` is data, not an `Error`).
  enum Outcome<Value> {
    case success(Value)
    case failure(ContentProblem)
  }

  /// The bytes of the regular file at `path`, or why it cannot be content.
  static func bytes(at path: String, limit: Int) -> Outcome<[UInt8]> {
    // O_NONBLOCK: opening a FIFO with no writer must not hang; it is refused just below.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(.unreadable(reason: systemReason(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return .failure(.unreadable(reason: systemReason(errno)))
    }
    guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notARegularFile) }
    if Int(status.st_size) > limit {
      return .failure(.fileTooLarge(bytes: Int(status.st_size), limit: limit))
    }
    // Read one byte past the limit: a file that grew since `fstat` is still refused.
    var bytes = [UInt8](repeating: 0, count: limit + 1)
    var count = 0
    while count < bytes.count {
      let read = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if read < 0, errno == EINTR { continue }
      guard read >= 0 else { return .failure(.unreadable(reason: systemReason(errno))) }
      if read == 0 { break }
      count += read
    }
    guard count <= limit else { return .failure(.fileTooLarge(bytes: count, limit: limit)) }
    bytes.removeSubrange(count...)
    return .success(bytes)
  }

  /// The names in the folder at `path` (without `.` and `..`), or why it cannot be listed.
  static func names(in path: String) -> Outcome<[String]> {
    guard let folder = opendir(path) else {
      return .failure(.unreadable(reason: systemReason(errno)))
    }
    defer { closedir(folder) }
    var names: [String] = []
    errno = 0
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
      errno = 0
    }
    if errno != 0 { return .failure(.unreadable(reason: systemReason(errno))) }
    return .success(names.sorted())
  }

  /// The system's own wording of an `errno` (in English: the C library has no Chinese).
  static func systemReason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
