import RehearseContent
import RehearseLocalization

/// libFuzzer target: any bytes as a pack's two files (split at the first NUL) must load or be
/// refused with diagnostics, never crash.
extension FuzzTargets {
  public static func contentLoader(_ bytes: [UInt8]) {
    let (pack, items) = FuzzInput.halves(bytes)
    let files = [
      ContentFile(folder: "fuzz", path: "fuzz/pack.yaml", bytes: pack),
      ContentFile(folder: "fuzz", path: "fuzz/items.yaml", bytes: items),
    ]
    do {
      let library = try ContentLoader().load(files)
      for pack in library.packs { _ = pack.allItems.count }
    } catch {
      for diagnostic in error.diagnostics { _ = diagnostic.rendered(Localizer(.english)) }
    }
  }
}
