import Foundation
import GRDB

/// Text as SQLite keeps it, whole: GRDB binds and reads strings as C strings, which end at the
/// first NUL byte, so text that contains one is kept as its UTF-8 bytes (a BLOB) instead.
/// Text without one stays TEXT, as the `sqlite3` shell and older databases expect.
enum StoredText {
  static func value(_ text: String) -> DatabaseValue {
    text.utf8.contains(0) ? Data(text.utf8).databaseValue : text.databaseValue
  }

  static func value(_ text: String?) -> DatabaseValue {
    text.map(value) ?? .null
  }

  /// The text of a column written by `value`; nil for NULL.
  static func text(_ value: DatabaseValue) -> String? {
    switch value.storage {
    case .null: nil
    case .string(let text): text
    case .blob(let data): String(decoding: data, as: UTF8.self)
    case .int64(let number): String(number)
    case .double(let number): String(number)
    }
  }

  /// A list of ids or texts, kept as a JSON array.
  static func value(_ list: [String]?) -> DatabaseValue {
    guard let list, let data = try? JSONEncoder().encode(list) else { return .null }
    return String(decoding: data, as: UTF8.self).databaseValue
  }

  static func list(_ value: DatabaseValue) -> [String]? {
    guard let text = text(value) else { return nil }
    return try? JSONDecoder().decode([String].self, from: Data(text.utf8))
  }
}
