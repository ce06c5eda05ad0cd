import Foundation
import Glibc
import RehearseStore

/// Writes an export to a path without harming what is there.
///
/// A regular file (or a symbolic link to one) is replaced whole or not at all: the export goes
/// to a temporary file in the same folder, is synced, takes the old file's permissions and
/// owner, and is renamed over it, so a link stays a link and a 0600 file stays 0600. A new
/// path gets an owner-only (0600) file the same way: exports hold names and answers. Anything
/// else that can be written (a FIFO, a device) is written through, never replaced. Nothing is
/// reported as written unless every byte was. The export is streamed: `produce` writes into
/// an `ExportWriter` whose blocks go straight to the file, and if it throws (the store failed
/// mid-read) the temporary file is removed and the old one stays.
enum ExportFile {
  /// Why the export could not be written.
  enum Failure: Error {
    /// The system's error (`errno`).
    case system(Int32)
    /// A symbolic link that points nowhere: following it would create a file somewhere else.
    case danglingLink
  }

  /// Writes `data` whole.
  static func write(_ data: Data, to path: String) throws {
    try write(to: path) { out in
      try data.withUnsafeBytes { try out.append($0.bindMemory(to: UInt8.self)) }
    }
  }

  /// Writes what `produce` makes; file errors are thrown as `Failure`, others as they came.
  static func write(to path: String, _ produce: (ExportWriter) throws -> Void) throws {
    var target = stat()
    guard stat(path, &target) == 0 else {
      let error = errno
      guard error == ENOENT else { throw Failure.system(error) }
      var link = stat()
      if lstat(path, &link) == 0 { throw Failure.danglingLink }
      try replace(at: path, with: produce, like: nil)
      return
    }
    switch target.st_mode & S_IFMT {
    case S_IFREG:
      // Through a link, replace the file it points to, not the link.
      guard let real = realpath(path, nil) else { throw Failure.system(errno) }
      defer { free(real) }
      try replace(at: String(cString: real), with: produce, like: target)
    case S_IFDIR:
      throw Failure.system(EISDIR)
    default:
      try writeThrough(path, produce)
    }
  }

  /// Writes a temporary file beside `path` and renames it over `path`.
  private static func replace(
    at path: String, with produce: (ExportWriter) throws -> Void, like old: stat?
  ) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw Failure.system(errno) }
    let temporary = String(cString: template)
    var failure: Int32?
    do {
      try stream(produce, to: descriptor)
    } catch Failure.system(let error) {
      failure = error
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
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
      throw Failure.system(failure)
    }
  }

  /// Writes into what is already at `path` (a FIFO, a device), without creating or truncating.
  private static func writeThrough(_ path: String, _ produce: (ExportWriter) throws -> Void)
    throws
  {
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure.system(errno) }
    do {
      try stream(produce, to: descriptor)
    } catch {
      close(descriptor)
      throw error
    }
    if close(descriptor) != 0 { throw Failure.system(errno) }
  }

  /// Runs `produce` with a writer whose blocks go to `descriptor`.
  private static func stream(_ produce: (ExportWriter) throws -> Void, to descriptor: Int32)
    throws
  {
    let writer = ExportWriter { block in
      if !writeAll(descriptor, block) { throw Failure.system(errno) }
    }
    try produce(writer)
    try writer.flush()
  }

  /// Every byte of `data`, retrying short writes and interruptions; false with `errno` set.
  private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
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

  /// The system's wording of an error.
  static func describe(_ error: Int32) -> String {
    String(cString: strerror(error))
  }
}
