import Foundation
import RehearseMatching
import Testing

/// The committed folding tables against their sources (ICU through Foundation, and the standard
/// library's Unicode data), so a toolchain update that changes them is noticed: regenerate with
/// `scripts/generate-folding-tables.sh`.
@Suite("Folding tables") struct FoldingTableTests {
  static let cjk: [Unicode.Scalar] = [
    0x2E80...0x2FDF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF,
  ].flatMap { $0 }.compactMap(Unicode.Scalar.init)

  static let variants: [Unicode.Scalar: Unicode.Scalar] = [
    "妳": "你", "祢": "你", "伱": "你", "吿": "告", "峯": "峰", "敎": "教", "濶": "阔", "囯": "国",
    "兪": "俞", "凟": "渎",
  ]

  @Test func variantFormsFoldButHeSheItStayDistinct() {
    let folder = TextFolder()
    #expect(folder.fold("妳好，請吿訴我").string == "你好请告诉我")
    #expect(folder.fold("祢").string == "你")
    #expect(Set(["他", "她", "它", "你"].map { folder.fold($0).string }).count == 4)
  }

  @Test func traditionalToSimplifiedMatchesICU() throws {
    let folder = TextFolder(options: .traditionalToSimplified)
    var joined = String.UnicodeScalarView()
    for scalar in Self.cjk {
      joined.append(scalar)
      joined.append("\n")
    }
    // One transform call for the whole range: ICU per call is far too slow for a loop.
    let transformed = try #require(
      String(joined).applyingTransform(StringTransform("Hant-Hans"), reverse: false))
    let lines = transformed.split(separator: "\n", omittingEmptySubsequences: false)
    try #require(lines.count == Self.cjk.count + 1)
    var icu: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (scalar, line) in zip(Self.cjk, lines) where line.unicodeScalars.count == 1 {
      icu[scalar] = line.unicodeScalars.first!
    }
    var mismatches: [String] = []
    var changed = 0
    for scalar in Self.cjk {
      // Variant forms ICU keeps are folded on purpose (FoldingTables.variants).
      // applied after ICU's chain, so 禰 (ICU: 祢) ends at 你 too.
      let chained = Self.endOfChain(from: scalar, in: icu)
      let expected = Self.variants[chained] ?? chained
      if expected != scalar { changed += 1 }
      if folder.fold(scalar) != .scalar(expected) { mismatches.append(String(scalar)) }
    }
    #expect(mismatches.isEmpty, "differ from ICU: \(mismatches.prefix(20))")
    #expect(changed > 2500)
  }

  @Test func compatibilityMatchesNFKD() {
    let folder = TextFolder(options: .compatibility)
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x3FFFF {
      guard let scalar = Unicode.Scalar(value), !Self.isMark(scalar) else { continue }
      let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
        .filter { !Self.isMark($0) }
      let expected = decomposed.count == 1 ? decomposed.first! : scalar
      if folder.fold(scalar) != .scalar(expected) { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty, "differ from NFKD: \(mismatches.prefix(20))")
  }

  @Test func lowercaseMatchesTheStandardLibrary() {
    let folder = TextFolder(options: .lowercase)
    for value in UInt32(0)...0x1FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let mapped = scalar.properties.lowercaseMapping.unicodeScalars
      let expected = mapped.count == 1 ? mapped.first! : scalar
      #expect(folder.fold(scalar) == .scalar(expected))
    }
  }

  @Test func noiseAndMarksMatchGeneralCategories() {
    let folder = TextFolder(options: .skipNoise)
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected: FoldedScalar
      switch scalar.properties.generalCategory {
      case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
        .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation,
        .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
        expected = .noise
      case .nonspacingMark, .spacingMark, .enclosingMark:
        expected = .mark
      default:
        expected = .scalar(scalar)
      }
      if folder.fold(scalar) != expected { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty, "differ from general categories: \(mismatches.prefix(20))")
  }

  /// The automaton classes text by folding it and looks folded scalars up as if raw; that is
  /// sound only because folding twice changes nothing.
  @Test func foldingIsIdempotent() {
    let folder = TextFolder()
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x3FFFF {
      guard let scalar = Unicode.Scalar(value), case .scalar(let once) = folder.fold(scalar) else {
        continue
      }
      if folder.fold(once) != .scalar(once) { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty, "fold(fold(x)) != fold(x) for \(mismatches.prefix(20))")
  }

  /// Where ICU's mapping leads from `start`: to the end of its chain, or for a cycle
  /// (ICU maps 苎 → 苧 → 苎) to the cycle's lowest scalar, which keeps folding idempotent.
  private static func endOfChain(
    from start: Unicode.Scalar, in map: [Unicode.Scalar: Unicode.Scalar]
  ) -> Unicode.Scalar {
    var seen = [start]
    var current = start
    while let next = map[current], next != current {
      if let cycleStart = seen.firstIndex(of: next) {
        return seen[cycleStart...].min { $0.value < $1.value }!
      }
      seen.append(next)
      current = next
    }
    return current
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }
}
