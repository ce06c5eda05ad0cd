/// The per-scalar folding of one set of `FoldingOptions`, built once from `FoldingTables`.
///
/// The Basic Multilingual Plane, where nearly all Chinese text lives, gets a flat table so
/// folding a scalar is one load; scalars above it go through binary searches of the raw pairs.
final class FoldTable: Sendable {
  /// Table value of a noise scalar (never a valid scalar value).
  static let noise: UInt32 = 0xFFFF_FFFF
  /// Table value of a combining mark (never a valid scalar value).
  static let mark: UInt32 = 0xFFFF_FFFE

  /// The table for `FoldingOptions.all`, shared because nearly every folder uses it.
  static let standard = FoldTable(options: .all)

  let options: FoldingOptions
  /// For each BMP scalar: its folded scalar, `noise` or `mark`.
  let bmp: [UInt32]

  init(options: FoldingOptions) {
    self.options = options
    var table = [UInt32](unsafeUninitializedCapacity: 0x10000) { buffer, count in
      for value in 0..<0x10000 { buffer[value] = UInt32(value) }
      count = 0x10000
    }
    for mapping in Self.mappings(for: options) {
      let flat = Self.flatten(mapping)
      for index in 0..<0x10000 {
        let value = table[index]
        table[index] = value < 0x10000 ? flat[Int(value)] : Self.lookUp(value, in: mapping)
      }
    }
    if options.contains(.skipNoise) {
      var kinds = [UInt8](repeating: 0, count: 0x10000)
      let ranges = FoldingTables.ignorableRanges
      for start in stride(from: 0, to: ranges.count, by: 3) where ranges[start] < 0x10000 {
        for value in ranges[start]...min(ranges[start + 1], 0xFFFF) {
          kinds[Int(value)] = UInt8(ranges[start + 2])
        }
      }
      for index in 0..<0x10000 {
        // The original decides first (a full-width `！` is noise); the folded form second, for
        // compatibility forms that fold to a space or a symbol.
        var kind = kinds[index]
        if kind == 0 {
          let folded = table[index]
          kind = folded < 0x10000 ? kinds[Int(folded)] : UInt8(Self.ignorableKind(of: folded))
        }
        if kind == 1 { table[index] = Self.noise } else if kind == 2 { table[index] = Self.mark }
      }
    }
    bmp = table
  }

  /// Folds any scalar value: the flat table for the BMP, binary searches above it.
  @inline(__always)
  func fold(_ value: UInt32) -> UInt32 {
    value < 0x10000 ? bmp[Int(value)] : foldAstral(value)
  }

  /// The slow path for scalars above the BMP (rare in Chinese text: emoji, Extension B).
  func foldAstral(_ value: UInt32) -> UInt32 {
    if options.contains(.skipNoise) {
      switch Self.ignorableKind(of: value) {
      case 1: return Self.noise
      case 2: return Self.mark
      default: break
      }
    }
    var folded = value
    for mapping in Self.mappings(for: options) {
      folded = Self.lookUp(folded, in: mapping)
    }
    if options.contains(.skipNoise) {
      switch Self.ignorableKind(of: folded) {
      case 1: return Self.noise
      case 2: return Self.mark
      default: break
      }
    }
    return folded
  }

  /// The scalar mappings an option set applies, in the order they compose: compatibility first
  /// (a compatibility ideograph becomes a unified one that may then be traditional), then
  /// traditional→simplified, lowercase, and numerals last (`貳`→`贰`→`2`).
  private static func mappings(for options: FoldingOptions) -> [Mapping] {
    var result: [Mapping] = []
    if options.contains(.compatibility) { result.append(.flat(FoldingTables.compatibility)) }
    if options.contains(.traditionalToSimplified) {
      result.append(.flat(FoldingTables.traditionalToSimplified))
      result.append(.flat(FoldingTables.variants))
    }
    if options.contains(.lowercase) { result.append(.flat(FoldingTables.lowercase)) }
    if options.contains(.numerals) { result.append(.pairs(NumeralFolding.pairs)) }
    return result
  }

  /// A sorted list of `from, to` pairs in one of the two shapes the sources come in.
  private enum Mapping {
    case flat([UInt32])
    case pairs([(UInt32, UInt32)])

    var count: Int {
      switch self {
      case .flat(let values): values.count / 2
      case .pairs(let pairs): pairs.count
      }
    }

    subscript(index: Int) -> (UInt32, UInt32) {
      switch self {
      case .flat(let values): (values[2 * index], values[2 * index + 1])
      case .pairs(let pairs): pairs[index]
      }
    }
  }

  /// The mapping as a flat BMP table (identity where it does not apply).
  private static func flatten(_ mapping: Mapping) -> [UInt32] {
    var flat = [UInt32](unsafeUninitializedCapacity: 0x10000) { buffer, count in
      for value in 0..<0x10000 { buffer[value] = UInt32(value) }
      count = 0x10000
    }
    for index in 0..<mapping.count {
      let (from, to) = mapping[index]
      if from < 0x10000 { flat[Int(from)] = to }
    }
    return flat
  }

  /// Binary search of one mapping; the value itself when it does not apply.
  private static func lookUp(_ value: UInt32, in mapping: Mapping) -> UInt32 {
    var low = 0
    var high = mapping.count
    while low < high {
      let middle = (low + high) / 2
      let (from, to) = mapping[middle]
      if from == value { return to }
      if from < value { low = middle + 1 } else { high = middle }
    }
    return value
  }

  /// 1 for noise, 2 for a mark, 0 otherwise, by binary search of the ignorable ranges.
  static func ignorableKind(of value: UInt32) -> UInt32 {
    let ranges = FoldingTables.ignorableRanges
    var low = 0
    var high = ranges.count / 3
    while low < high {
      let middle = (low + high) / 2
      if value < ranges[3 * middle] {
        high = middle
      } else if value > ranges[3 * middle + 1] {
        low = middle + 1
      } else {
        return ranges[3 * middle + 2]
      }
    }
    return 0
  }
}
