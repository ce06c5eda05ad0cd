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

  /// The scanner's tables: raw BMP scalar → class of its folded form, or noise/mark, in 16
  /// bits (`AutomatonTables.classTable`), and the classes too large for them.
  func classTables(folding foldTable: FoldTable) -> (narrow: [UInt16], wide: [UInt32]) {
    var wide: [UInt32] =
      count > Int(AutomatonTables.narrowLimit) ? [UInt32](repeating: 0, count: 0x10000) : [0]
    let narrow = [UInt16](unsafeUninitializedCapacity: 0x10000) { buffer, initialized in
      foldTable.bmp.withUnsafeBufferPointer { folds in
        bmp.withUnsafeBufferPointer { classes in
          for raw in 0..<0x10000 {
            let folded = folds[raw]
            let symbol: UInt32
            if folded >= AutomatonTables.mark {
              symbol = folded
            } else if folded < 0x10000 {
              symbol = classes[Int(folded)]
            } else {
              symbol = astral[folded] ?? 0
            }
            if symbol <= AutomatonTables.narrowLimit || symbol >= AutomatonTables.mark {
              buffer[raw] = UInt16(truncatingIfNeeded: symbol)
            } else {
              buffer[raw] = UInt16(truncatingIfNeeded: AutomatonTables.wide)
              wide[raw] = symbol
            }
          }
        }
      }
      initialized = 0x10000
    }
    return (narrow, wide)
  }
}
