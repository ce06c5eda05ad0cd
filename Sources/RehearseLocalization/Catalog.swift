/// The message catalog: every string the program itself writes, by key, in both languages.
///
/// Entries live in `Catalog+*.swift`, one file per area; a test checks that every key has an
/// entry and that both translations carry the same placeholders.
public enum Catalog {
  static let table: [MessageKey: Translation] = {
    var table: [MessageKey: Translation] = [:]
    for part in parts {
      // A key in two areas is a mistake (one translation would silently win): debug builds
      // and the catalog's tests reject it, see `duplicateKeys(in:)`.
      table.merge(part) { first, _ in
        assertionFailure("a message key has entries in two catalog areas")
        return first
      }
    }
    return table
  }()

  /// The catalog's areas, one per `Catalog+*.swift` file.
  static var parts: [[MessageKey: Translation]] {
    [content, shell, study, commandLine, check, practice, store]
  }

  /// The keys of the real catalog that more than one area defines; empty when it is sound.
  public static var duplicateKeys: [MessageKey] { duplicateKeys(in: parts) }

  /// The keys that more than one of `parts` defines, in key order.
  public static func duplicateKeys(in parts: [[MessageKey: Translation]]) -> [MessageKey] {
    var seen: Set<MessageKey> = []
    var duplicates: Set<MessageKey> = []
    for part in parts {
      for key in part.keys where !seen.insert(key).inserted { duplicates.insert(key) }
    }
    return duplicates.sorted { $0.rawValue < $1.rawValue }
  }

  /// The translation of `key`; a missing entry shows the key itself rather than crashing.
  public static func translation(for key: MessageKey) -> Translation {
    table[key] ?? Translation(en: key.rawValue, zh: key.rawValue)
  }

  /// Whether `key` has an entry (for the catalog's own tests).
  public static func hasEntry(_ key: MessageKey) -> Bool {
    table[key] != nil
  }
}
