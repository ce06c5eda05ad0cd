/// A pack's version: a hash of its files' names and bytes, so that a recorded answer can be
/// tied to the wording it was scored against. The same files give the same version wherever
/// the content is installed (the folder's path is not part of it).
enum PackVersion {
  /// `fnv1a64:` and 16 hex digits, over each file's name and bytes in name order.
  static func of(_ files: [ContentFile]) -> String {
    var digest: UInt64 = 0xCBF2_9CE4_8422_2325
    func mix(_ byte: UInt8) { digest = (digest ^ UInt64(byte)) &* 0x0100_0000_01B3 }
    let named = files.map { (name: Substring($0.path.split(separator: "/").last ?? ""), file: $0) }
    for (name, file) in named.sorted(by: { $0.name < $1.name }) {
      name.utf8.forEach(mix)
      // A separator and the length, so that moving bytes between name and contents, or between
      // two files, changes the version.
      mix(0)
      withUnsafeBytes(of: UInt64(file.bytes.count).littleEndian) { $0.forEach(mix) }
      file.bytes.forEach(mix)
    }
    let hex = String(digest, radix: 16)
    return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
  }
}
