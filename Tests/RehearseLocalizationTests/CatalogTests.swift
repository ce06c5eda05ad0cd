import Testing

@testable import RehearseLocalization

@Suite("Message catalog")
struct CatalogTests {
  @Test func noKeyIsDefinedInTwoAreas() {
    #expect(Catalog.duplicateKeys.isEmpty, "defined twice: \(Catalog.duplicateKeys)")
  }

  @Test func aKeyInTwoAreasIsFoundNotDropped() {
    let first: [MessageKey: Translation] = [.shellWelcome: .init(en: "a", zh: "甲")]
    let second: [MessageKey: Translation] = [
      .shellWelcome: .init(en: "b", zh: "乙"), .shellTypeHelp: .init(en: "c", zh: "丙"),
    ]
    #expect(Catalog.duplicateKeys(in: [first, second]) == [.shellWelcome])
    #expect(Catalog.duplicateKeys(in: [first, [.shellTypeHelp: .init(en: "c", zh: "丙")]]).isEmpty)
  }

  @Test("every key has an entry in both languages", arguments: MessageKey.allCases)
  func everyKeyIsTranslated(key: MessageKey) {
    #expect(Catalog.hasEntry(key), "no catalog entry for \(key.rawValue)")
    let translation = Catalog.translation(for: key)
    #expect(!translation.english.isEmpty)
    #expect(!translation.chinese.isEmpty)
  }

  @Test("both translations use the same placeholders", arguments: MessageKey.allCases)
  func placeholdersAgree(key: MessageKey) {
    let translation = Catalog.translation(for: key)
    #expect(
      placeholders(in: translation.english) == placeholders(in: translation.chinese),
      "\(key.rawValue)")
  }

  @Test(
    "English text has no Chinese characters; Chinese text has some", arguments: MessageKey.allCases)
  func languagesAreNotSwapped(key: MessageKey) {
    let translation = Catalog.translation(for: key)
    #expect(
      !translation.english.unicodeScalars.contains(where: isHan),
      "\(key.rawValue): \(translation.english)")
    let chinese = Self.withoutPlaceholdersAndCode(translation.chinese)
    let needsHan = chinese.unicodeScalars.contains { $0.properties.isAlphabetic }
    if needsHan {
      #expect(
        chinese.unicodeScalars.contains(where: isHan), "\(key.rawValue): \(translation.chinese)")
    }
  }

  @Test func placeholdersAreFilledInOrderGiven() {
    #expect(Localizer.fill("{2} before {1}", with: ["a", "b"]) == "b before a")
    #expect(Localizer.fill("keep {name} and {9}", with: ["x"]) == "keep {name} and {9}")
    #expect(Localizer.fill("{1}{1}", with: ["ab"]) == "abab")
  }

  @Test func languageResolution() {
    #expect(Language.resolve(flag: "zh", environment: ["LANG": "en_US.UTF-8"]) == .chinese)
    #expect(
      Language.resolve(flag: nil, environment: ["REHEARSE_LANG": "en", "LANG": "zh_CN.UTF-8"])
        == .english)
    #expect(
      Language.resolve(flag: nil, environment: ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"])
        == .chinese)
    #expect(
      Language.resolve(
        flag: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "zh_CN", "LANG": "en"]) == .chinese)
    #expect(Language.resolve(flag: nil, environment: ["LANG": "fr_FR.UTF-8"]) == .english)
    #expect(Language.resolve(flag: nil, environment: [:]) == .english)
    #expect(Language.flag(in: ["check", "--lang=zh", "x"]) == "zh")
    #expect(Language.flag(in: ["--lang", "en"]) == "en")
    #expect(Language.flag(in: ["--", "--lang", "en"]) == nil)
  }

  private func placeholders(in text: String) -> [String] {
    var found: [String] = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      let inner = rest[rest.index(after: open)..<close]
      if Int(inner) != nil { found.append(String(inner)) }
      rest = rest[rest.index(after: close)...]
    }
    return found.sorted()
  }

  /// Drops placeholders and back-quoted or ASCII-only command words, which stay untranslated.
  static func withoutPlaceholdersAndCode(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.isASCII || $0 == " " })
  }
}

func isHan(_ scalar: Unicode.Scalar) -> Bool {
  (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
}
