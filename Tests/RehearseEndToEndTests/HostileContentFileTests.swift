import Foundation
import RehearseTestSupport
import Testing

/// Content folders a trainer's mistake or a hostile checkout can hold, through `validate`:
/// every one is reported at its path, none is skipped without a word, read forever or obeyed
/// by the terminal.
@Suite("Hostile content files")
struct HostileContentFileTests {
  /// A copy of the bundled `common` pack in a new folder named `folder`, under a new root.
  private func packCopy(named folder: String) throws -> (root: URL, pack: URL) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rehearse-content-\(UUID())")
    let pack = root.appendingPathComponent(folder)
    try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
    for name in ["pack.yaml"] {
      try FileManager.default.copyItem(
        at: TestPaths.content.appendingPathComponent("common/\(name)"),
        to: pack.appendingPathComponent(name))
    }
    return (root, pack)
  }

  @Test func aFolderNameCannotForgeALineOrSteerTheTerminal() throws {
    let (root, _) = try packCopy(named: "x\u{1B}]2;owned\u{07}\nfake.yaml:1:1: all is well")
    defer { try? FileManager.default.removeItem(at: root) }
    let run = try CommandRun.rehearse(["validate", root.path])
    #expect(run.status == 1)
    #expect(!run.output.contains("\u{1B}") && !run.output.contains("\u{07}"))
    // One problem, one line: the newline in the folder's name is shown, not obeyed.
    #expect(run.output.split(separator: "\n").count == 1)
    #expect(!run.output.contains("\nfake.yaml"))
    #expect(run.output.contains("\u{241B}]2;owned\u{2407}\u{240A}fake.yaml"))
  }

  @Test func anArgumentWithAnEscapeIsShownInTheParsersError() throws {
    let run = try CommandRun.rehearse(["--bo\u{1B}]2;x\u{07}gus"])
    #expect(run.status == 2)
    #expect(!run.errors.contains("\u{1B}") && run.errors.contains("\u{241B}"))
  }

  @Test func aLinkToABigFileIsMeasuredAtItsTarget() throws {
    let (root, pack) = try packCopy(named: "common")
    defer { try? FileManager.default.removeItem(at: root) }
    let big = root.appendingPathComponent("big.txt")
    try Data(repeating: UInt8(ascii: "a"), count: 2 << 20).write(to: big)
    try FileManager.default.createSymbolicLink(
      at: pack.appendingPathComponent("rules.yaml"), withDestinationURL: big)
    let run = try CommandRun.rehearse(["validate", root.path])
    #expect(run.status == 1)
    #expect(run.output.contains("common/rules.yaml:1:1: file is 2097152 bytes"))
  }

  @Test func aPipeOrADeviceIsRefusedNotReadForever() throws {
    let (root, pack) = try packCopy(named: "common")
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(mkfifo(pack.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      at: pack.appendingPathComponent("zero.yaml"),
      withDestinationURL: URL(fileURLWithPath: "/dev/zero"))
    let run = try CommandRun.rehearse(["validate", root.path])
    #expect(run.status == 1)
    #expect(run.output.contains("common/fifo.yaml:1:1: not a regular file"))
    #expect(run.output.contains("common/zero.yaml:1:1: not a regular file"))
  }

  /// As root every folder is readable, so the binary runs as `nobody` there (util-linux's
  /// `setpriv`); otherwise as the test's own user.
  @Test func anUnreadablePackFolderIsReportedNotSkipped() throws {
    let (root, pack) = try packCopy(named: "common")
    defer {
      chmod(pack.path, 0o755)
      try? FileManager.default.removeItem(at: root)
    }
    #expect(chmod(root.path, 0o755) == 0)
    #expect(chmod(pack.path, 0o000) == 0)
    let asRoot = getuid() == 0
    if asRoot {
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
      // `nobody` must be able to reach the binary and the root folder.
    }
    let command =
      (asRoot ? "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups " : "")
      + "'\(TestPaths.binary.path)' validate '\(root.path)'"
    let run = try CommandRun.shell(command)
    #expect(run.status == 1)
    #expect(run.output.contains("common:1:1: cannot read it (Permission denied)"))
  }
}
