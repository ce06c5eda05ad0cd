/// Checks what can only be checked once a whole pack is read: unique ids (before the base pack's
/// items are inherited) and references (after, so a dialogue may use the base's elements).
struct PackValidator {
  let pack: Pack
  let references: [Reference]
  let log: DiagnosticLog

  func validateIDs() {
    var firstByID: [String: SourceLocation] = [:]
    for item in pack.allItems {
      if let first = firstByID[item.id] {
        log.report(.duplicateID(item.id, first: first), at: item.location)
      } else {
        firstByID[item.id] = item.location
      }
    }
    var firstTopic: [String: SourceLocation] = [:]
    for topic in pack.topics {
      if let first = firstTopic[topic.id] {
        log.report(.duplicateID(topic.id, first: first), at: topic.location)
      } else {
        firstTopic[topic.id] = topic.location
      }
    }
  }

  func validateReferences() {
    let firstTopic = Dictionary(
      pack.topics.map { ($0.id, $0.location) }, uniquingKeysWith: { first, _ in first })
    let kindByID = Dictionary(
      pack.allItems.map { ($0.id, type(of: $0).kind) }, uniquingKeysWith: { first, _ in first })
    for reference in references {
      let exists: Bool
      switch reference.target {
      case .topic: exists = firstTopic[reference.id] != nil
      case .items(let kinds): exists = kindByID[reference.id].map(kinds.contains) ?? false
      }
      if !exists {
        log.report(.danglingReference(key: reference.key, id: reference.id), at: reference.location)
      }
    }
    for question in pack.questions {
      if case .order(_, let procedureID?) = question.form,
        let procedure = pack.procedures.first(where: { $0.id == procedureID }),
        procedure.steps.count < 2
      {
        log.report(.tooFewChoices(key: "procedure", minimum: 2), at: question.location)
      }
    }
  }
}
