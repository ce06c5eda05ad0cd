import Synchronization

/// Renders catalog messages in one language.
///
/// Placeholders are written `{1}`, `{2}`, … in both translations, so a translator may reorder
/// them freely.
public struct Localizer: Sendable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  /// The message for `key` with its placeholders filled in, in order, from `arguments`.
  public func callAsFunction(_ key: MessageKey, _ arguments: any CustomStringConvertible...)
    -> String
  {
    format(key, arguments.map(\.description))
  }

  /// The message for `key` with its placeholders filled from an array.
  public func format(_ key: MessageKey, _ arguments: [String]) -> String {
    let template = Catalog.translation(for: key).text(in: language)
    guard !arguments.isEmpty else { return template }
    return Self.fill(template, with: arguments)
  }

  static func fill(_ template: String, with arguments: [String]) -> String {
    var result = ""
    result.reserveCapacity(template.utf8.count)
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"),
        let number = Int(rest[afterOpen..<close]), number >= 1, number <= arguments.count
      {
        result += arguments[number - 1]
        rest = rest[rest.index(after: close)...]
      } else {
        result += "{"
        rest = rest[afterOpen...]
      }
    }
    result += rest
    return result
  }
}

extension Localizer {
  private static let shared = Mutex(Localizer(.english))

  /// The process-wide interface language.
  ///
  /// Argument parser help is generated from static configuration, which cannot be handed a
  /// localizer; the entry point sets this once, before parsing, and help reads it.
  public static var current: Localizer {
    get { shared.withLock { $0 } }
    set { shared.withLock { $0 = newValue } }
  }
}
