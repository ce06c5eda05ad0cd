import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program directly with posix_spawn and waitpid.
///
/// Foundation's `Process` left the tmux client unreaped (its SIGCHLD monitoring does not see a
/// client that forks a daemon), so the tmux helper reaps its children itself.
enum Spawn {
  struct Result {
    var status: Int32
    var output: String
  }

  /// Runs `path` with `arguments`; captures standard output only if `capture` is set,
  /// otherwise sends it to /dev/null (a daemon that inherits a pipe would hold it open).
  static func run(_ path: String, _ arguments: [String], capture: Bool) throws -> Result {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pipeEnds: [Int32] = [-1, -1]
    if capture {
      guard pipe(&pipeEnds) == 0 else { throw SpawnError.pipe }
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
      posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // Nothing else is inherited: a tmux server forked from the client would otherwise hold the
    // test runner's own output pipes open, and whatever reads them would wait forever.
    markDescriptorsCloseOnExec()
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    if capture { close(pipeEnds[1]) }
    guard spawned == 0 else {
      if capture { close(pipeEnds[0]) }
      throw SpawnError.spawn(spawned)
    }
    var output = [UInt8]()
    if capture {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = read(pipeEnds[0], &buffer, buffer.count)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        output += buffer[0..<count]
      }
      close(pipeEnds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Result(status: exitStatus, output: String(decoding: output, as: UTF8.self))
  }
}

/// Sets close-on-exec on every descriptor above standard error (ours stay open; children
/// inherit none of them).
private func markDescriptorsCloseOnExec() {
  let limit = min(Int32(sysconf(Int32(_SC_OPEN_MAX))), 4096)
  for descriptor in 3..<max(limit, 3) {
    let flags = fcntl(descriptor, F_GETFD)
    if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
  }
}

enum SpawnError: Error {
  case pipe
  case spawn(Int32)
}
