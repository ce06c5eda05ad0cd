import Foundation
import RehearseMatching

/// Prints `traditional<TAB>simplified` for every CJK scalar the folder simplifies, so the data
/// script can simplify phrases and make traditional variants with the matcher's own table.
enum TraditionalTable {
  static func print() {
    let folder = TextFolder(options: .traditionalToSimplified)
    var out = ""
    for range: ClosedRange<UInt32> in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
      for value in range {
        guard let scalar = Unicode.Scalar(value),
          case .scalar(let simplified) = folder.fold(scalar),
          simplified != scalar
        else { continue }
        out.unicodeScalars.append(scalar)
        out += "\t"
        out.unicodeScalars.append(simplified)
        out += "\n"
      }
    }
    FileHandle.standardOutput.write(Data(out.utf8))
  }
}
