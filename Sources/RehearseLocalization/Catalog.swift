/// The message catalog: every string the program itself writes, by key, in both languages.
///
/// Entries live in `Catalog+*.swift`, one file per area; a test checks that every key has an
/// entry and that both translations carry the same placeholders.
public enum Catalog {
  static let table: [MessageKey: Translation] = {
    var table: [MessageKey: Translation] = [:]
    for part in [content, shell, study, commandLine, check, practice, store] {
      table.merge(part) { first, _ in first }
    }
    return table
  }()

  /// The translation of `key`; a missing entry shows the key itself rather than crashing.
  public static func translation(for key: MessageKey) -> Translation {
    table[key] ?? Translation(en: key.rawValue, zh: key.rawValue)
  }

  /// Whether `key` has an entry (for the catalog's own tests).
  public static func hasEntry(_ key: MessageKey) -> Bool {
    table[key] != nil
  }
}
