/// One message in every language the program speaks.
public struct Translation: Sendable {
  public let english: String
  public let chinese: String

  public init(en english: String, zh chinese: String) {
    self.english = english
    self.chinese = chinese
  }

  public func text(in language: Language) -> String {
    switch language {
    case .english: english
    case .chinese: chinese
    }
  }
}
