import RehearseContent
import RehearseLocalization

/// How content values the program names (kinds, areas, units, severities) read in the
/// user's language.
extension Localizer {
  /// The name of a kind, for counts ("rules 12") and lists.
  public func kindName(_ kind: ItemKind) -> String {
    switch kind {
    case .rule: self(.kindRule)
    case .phrase: self(.kindPhrase)
    case .forbidden: self(.kindForbidden)
    case .dress: self(.kindDress)
    case .kit: self(.kindKit)
    case .procedure: self(.kindProcedure)
    case .element: self(.kindElement)
    case .question: self(.kindQuestion)
    case .dialogue: self(.kindDialogue)
    }
  }

  /// The name of one item of a kind, for headings.
  func kindSingular(_ kind: ItemKind) -> String {
    switch kind {
    case .rule: self(.kindRuleOne)
    case .phrase: self(.kindPhraseOne)
    case .forbidden: self(.kindForbiddenOne)
    case .dress: self(.kindDressOne)
    case .kit: self(.kindKitOne)
    case .procedure: self(.kindProcedureOne)
    case .element: self(.kindElementOne)
    case .question: self(.kindQuestionOne)
    case .dialogue: self(.kindDialogueOne)
    }
  }

  func areaName(_ area: DressArea) -> String {
    switch area {
    case .hair: self(.areaHair)
    case .face: self(.areaFace)
    case .clothing: self(.areaClothing)
    case .badge: self(.areaBadge)
    case .footwear: self(.areaFootwear)
    case .accessories: self(.areaAccessories)
    case .hygiene: self(.areaHygiene)
    case .demeanour: self(.areaDemeanour)
    }
  }

  func duration(_ value: Int, _ unit: TimeUnit) -> String {
    switch unit {
    case .minutes: self(.unitMinutes, value)
    case .hours: self(.unitHours, value)
    case .days: self(.unitDays, value)
    case .weeks: self(.unitWeeks, value)
    case .months: self(.unitMonths, value)
    }
  }

  func limit(_ limit: TimeLimit) -> String {
    self(.studyLimit, duration(limit.value, limit.unit), limit.subject)
  }

  func severityName(_ severity: Severity) -> String {
    switch severity {
    case .banned: self(.severityBanned)
    case .discouraged: self(.severityDiscouraged)
    }
  }

  func questionTypeName(_ form: QuestionForm) -> String {
    switch form {
    case .single: self(.questionSingle)
    case .multiple: self(.questionMultiple)
    case .trueFalse: self(.questionTrueFalse)
    case .number: self(.questionNumber)
    case .order: self(.questionOrder)
    case .phrase: self(.questionPhrase)
    }
  }

  /// "rules 12 · phrases 20 · …" for the kinds a pack has.
  func counts(of pack: Pack) -> String {
    ItemKind.allCases.compactMap { kind in
      let count = pack.items(of: kind).count
      return count > 0 ? "\(kindName(kind)) \(count)" : nil
    }.joined(separator: " · ")
  }
}
