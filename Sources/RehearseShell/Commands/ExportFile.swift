import Foundation
import Glibc

/// Writes an export to a path without harming what is there.
///
/// A regular file (or a symbolic link to one) is replaced whole or not at all: the export goes
/// to a temporary file in the same folder, is synced, takes the old file's permissions and
/// owner, and is renamed over it, so a link stays a link and a 0600 file stays 0600. A new
/// path gets an owner-only (0600) file the same way: exports hold names and answers. Anything
/// else that can be written (a FIFO, a device) is written through, never replaced. Nothing is
/// reported as written unless every byte was.
enum ExportFile {
  /// Why the export could not be written.
  enum Failure: Error {
    /// The system's error (`errno`).
    case system(Int32)
    /// A symbolic link that points nowhere: following it would create a file somewhere else.
    case danglingLink
  }

  static func write(_ data: Data, to path: String) throws(Failure) {
    var target = stat()
    guard stat(path, &target) == 0 else {
      let error = errno
      guard error == ENOENT else { throw .system(error) }
      var link = stat()
      if lstat(path, &link) == 0 { throw .danglingLink }
      try replace(at: path, with: data, like: nil)
      return
    }
    switch target.st_mode & S_IFMT {
    case S_IFREG:
      // Through a link, replace the file it points to, not the link.
      guard let real = realpath(path, nil) else { throw .system(errno) }
      defer { free(real) }
      try replace(at: String(cString: real), with: data, like: target)
    case S_IFDIR:
      throw .system(EISDIR)
    default:
      try writeThrough(path, data)
    }
  }

  /// Writes a temporary file beside `path` and renames it over `path`.
  private static func replace(at path: String, with data: Data, like old: stat?) throws(Failure) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw .system(errno) }
    let temporary = String(cString: template)
    var failure: Int32?
    if !writeAll(descriptor, data) { failure = errno }
    if failure == nil, let old {
      // The old file's permissions exactly (never wider), and its owner when allowed.
      if fchmod(descriptor, old.st_mode & 0o7777) != 0 { failure = errno }
      _ = fchown(descriptor, old.st_uid, old.st_gid)
    }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if failure == nil, rename(temporary, path) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw .system(failure)
    }
  }

  /// Writes into what is already at `path` (a FIFO, a device), without creating or truncating.
  private static func writeThrough(_ path: String, _ data: Data) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .system(errno) }
    var failure: Int32?
    if !writeAll(descriptor, data) { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if let failure { throw .system(failure) }
  }

  /// Every byte of `data`, retrying short writes and interruptions; false with `errno` set.
  private static func writeAll(_ descriptor: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }

  /// The system's wording of an error.
  static func describe(_ error: Int32) -> String {
    String(cString: strerror(error))
  }
}
