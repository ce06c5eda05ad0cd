/// The bytes of one content file, and the pack folder it belongs to.
public struct ContentFile: Sendable {
  /// The pack folder's name, which must equal the pack's id.
  public var folder: String
  /// The path shown in diagnostics, as reached from the directory the user named.
  public var path: String
  public var bytes: [UInt8]

  public init(folder: String, path: String, bytes: [UInt8]) {
    self.folder = folder
    self.path = path
    self.bytes = bytes
  }
}
