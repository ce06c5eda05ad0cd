/// Dense numbering of the folded scalars the patterns use; everything else is class 0.
struct SymbolClasses {
  private var bmp = [UInt32](repeating: 0, count: 0x10000)
  private(set) var astral: [UInt32: UInt32] = [:]
  /// Classes handed out so far, including 0 and the ten digit classes.
  private(set) var count: Int = Int(AutomatonTables.lastDigitClass) + 1

  init() {
    for digit in 0..<10 { bmp[0x30 + digit] = UInt32(digit + 1) }
  }

  mutating func symbol(for folded: UInt32) -> UInt32 {
    if folded < 0x10000 {
      if bmp[Int(folded)] == 0 {
        bmp[Int(folded)] = UInt32(count)
        count += 1
      }
      return bmp[Int(folded)]
    }
    if let known = astral[folded] { return known }
    astral[folded] = UInt32(count)
    count += 1
    return UInt32(count - 1)
  }

  /// The scanner's table: raw BMP scalar → class of its folded form, or noise/mark.
  func classTable(folding foldTable: FoldTable) -> [UInt32] {
    [UInt32](unsafeUninitializedCapacity: 0x10000) { buffer, initialized in
      foldTable.bmp.withUnsafeBufferPointer { folds in
        bmp.withUnsafeBufferPointer { classes in
          for raw in 0..<0x10000 {
            let folded = folds[raw]
            if folded >= AutomatonTables.mark {
              buffer[raw] = folded
            } else if folded < 0x10000 {
              buffer[raw] = classes[Int(folded)]
            } else {
              buffer[raw] = astral[folded] ?? 0
            }
          }
        }
      }
      initialized = 0x10000
    }
  }
}
