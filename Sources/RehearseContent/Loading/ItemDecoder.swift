import Yams

/// Decodes the items of one file into the model, reporting every problem it meets.
///
/// Each `decode…` function names the keys its kind allows; anything else is reported as an
/// unknown key, because a misspelt optional key would otherwise be silently ignored.
final class ItemDecoder {
  let log: DiagnosticLog
  private(set) var references: [Reference] = []

  init(log: DiagnosticLog) {
    self.log = log
  }

  // MARK: Shared parts

  private func identifier(_ reader: MappingReader) -> String? {
    guard let id = reader.text("id") else { return nil }
    guard Self.isValidID(id) else {
      log.report(.invalidID(id), at: reader.file.location(of: reader.node("id")!))
      return nil
    }
    return id
  }

  static func isValidID(_ id: String) -> Bool {
    let scalars = Array(id.unicodeScalars)
    guard let first = scalars.first, let last = scalars.last, first != "-", last != "-" else {
      return false
    }
    return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }

  private func refer(_ reader: MappingReader, _ key: String, to target: Reference.Target)
    -> [String]
  {
    reader.texts(key).map { entry in
      references.append(
        Reference(id: entry.text, key: key, target: target, location: entry.location))
      return entry.text
    }
  }

  private func referOne(_ reader: MappingReader, _ key: String, to target: Reference.Target)
    -> String?
  {
    guard let id = reader.text(key) else { return nil }
    references.append(
      Reference(
        id: id, key: key, target: target, location: reader.file.location(of: reader.node(key)!)))
    return id
  }

  private func template(_ reader: MappingReader, _ key: String, required: Bool = true) -> String? {
    guard let text = required ? reader.text(key) : reader.optionalText(key) else { return nil }
    checkSlots(text, at: reader.file.location(of: reader.node(key)!))
    return text
  }

  private func templates(_ reader: MappingReader, _ key: String, required: Bool = false) -> [String]
  {
    reader.texts(key, required: required).map { entry in
      checkSlots(entry.text, at: entry.location)
      return entry.text
    }
  }

  private func checkSlots(_ text: String, at location: SourceLocation) {
    if !SlotSyntax.isWellFormed(text) { log.report(.malformedSlot(text), at: location) }
  }

  private func limits(_ reader: MappingReader) -> [TimeLimit] {
    reader.mappings("limits").compactMap { limit in
      limit.rejectUnknownKeys(allowed: ["value", "unit", "for"])
      let value = limit.positiveInteger("value")
      let unit = limit.choice("unit", as: TimeUnit.self)
      let subject = limit.text("for")
      guard let value, let unit, let subject else { return nil }
      return TimeLimit(value: value, unit: unit, subject: subject, location: limit.location)
    }
  }

  // MARK: Pack declaration

  func decodePack(_ reader: MappingReader) -> Pack? {
    reader.rejectUnknownKeys(allowed: [
      "id", "title", "document", "issued", "audience", "summary", "topics", "base",
    ])
    let id = identifier(reader)
    let title = reader.text("title")
    let document = reader.text("document")
    let issued = reader.optionalText("issued")
    let audience = reader.texts("audience").map(\.text)
    let summary = reader.optionalText("summary")
    let topics = reader.mappings("topics").compactMap { topic -> Topic? in
      topic.rejectUnknownKeys(allowed: ["id", "title"])
      guard let id = identifier(topic), let title = topic.text("title") else { return nil }
      return Topic(id: id, title: title, location: topic.file.location(of: topic.node("id")!))
    }
    let isBase = reader.has("base") ? reader.boolean("base") : false
    guard let id, let title, let document, let isBase else { return nil }
    var pack = Pack(
      id: id, title: title, document: document, issued: issued, audience: audience,
      summary: summary, topics: topics, location: reader.location)
    pack.isBase = isBase
    return pack
  }

  // MARK: Study items

  func decodeRule(_ reader: MappingReader) -> Rule? {
    reader.rejectUnknownKeys(allowed: ["id", "topic", "text", "limits", "note", "source"])
    let id = identifier(reader)
    let topic = referOne(reader, "topic", to: .topic)
    let text = reader.text("text")
    let ruleLimits = limits(reader)
    let note = reader.optionalText("note")
    let source = reader.text("source")
    guard let id, let topic, let text, let source else { return nil }
    return Rule(
      id: id, topic: topic, text: text, limits: ruleLimits, note: note, source: source,
      location: reader.location)
  }

  func decodePhrase(_ reader: MappingReader) -> Phrase? {
    reader.rejectUnknownKeys(allowed: [
      "id", "situation", "text", "variants", "elements", "note", "source",
    ])
    let id = identifier(reader)
    let situation = reader.text("situation")
    let text = template(reader, "text")
    let variants = templates(reader, "variants")
    let elements = refer(reader, "elements", to: .items([.element]))
    let note = reader.optionalText("note")
    let source = reader.text("source")
    guard let id, let situation, let text, let source else { return nil }
    return Phrase(
      id: id, situation: situation, text: text, variants: variants, elements: elements, note: note,
      source: source, location: reader.location)
  }

  func decodeForbidden(_ reader: MappingReader) -> ForbiddenPhrase? {
    reader.rejectUnknownKeys(allowed: [
      "id", "text", "pattern", "severity", "instead", "allow", "why", "source",
    ])
    let id = identifier(reader)
    let pattern = reader.optionalText("pattern")
    var pieces: [PatternPiece]?
    if let pattern {
      switch PatternSyntax.parse(pattern) {
      case .success(let parsed): pieces = parsed
      case .failure(let problem):
        log.report(
          .malformedPattern(pattern, reason: problem),
          at: reader.file.location(of: reader.node("pattern")!))
      }
    }
    // A pattern is its own text unless the trainer gives a wording to show.
    let text = pattern == nil ? reader.text("text") : reader.optionalText("text")
    let severity = reader.choice("severity", as: Severity.self)
    let instead = reader.text("instead")
    let allow = reader.texts("allow")
    let why = reader.optionalText("why")
    let source = reader.text("source")
    if pattern == nil, let text {
      for entry in allow where !entry.text.withoutWhitespace.contains(text.withoutWhitespace) {
        log.report(.allowDoesNotContain(allow: entry.text, phrase: text), at: entry.location)
      }
    }
    let shown = text ?? pieces.map(PatternSyntax.display)
    guard let id, let shown, let severity, let instead, let source else { return nil }
    guard pattern == nil || pieces != nil else { return nil }
    return ForbiddenPhrase(
      id: id, text: shown, pattern: pattern, severity: severity, instead: instead,
      allow: allow.map(\.text), why: why, source: source, location: reader.location)
  }

  func decodeDress(_ reader: MappingReader) -> DressItem? {
    reader.rejectUnknownKeys(allowed: ["id", "area", "text", "source"])
    let id = identifier(reader)
    let area = reader.choice("area", as: DressArea.self)
    let text = reader.text("text")
    let source = reader.text("source")
    guard let id, let area, let text, let source else { return nil }
    return DressItem(id: id, area: area, text: text, source: source, location: reader.location)
  }

  func decodeKit(_ reader: MappingReader) -> KitItem? {
    reader.rejectUnknownKeys(allowed: ["id", "text", "note", "source"])
    let id = identifier(reader)
    let text = reader.text("text")
    let note = reader.optionalText("note")
    let source = reader.text("source")
    guard let id, let text, let source else { return nil }
    return KitItem(id: id, text: text, note: note, source: source, location: reader.location)
  }

  func decodeProcedure(_ reader: MappingReader) -> Procedure? {
    reader.rejectUnknownKeys(allowed: ["id", "title", "summary", "steps", "limits", "source"])
    let id = identifier(reader)
    let title = reader.text("title")
    let summary = reader.optionalText("summary")
    let steps = reader.mappings("steps", required: true).compactMap { step -> ProcedureStep? in
      step.rejectUnknownKeys(allowed: ["title", "text", "actor", "limits", "source"])
      let title = step.text("title")
      let text = step.text("text")
      let actor = step.optionalText("actor")
      let stepLimits = limits(step)
      let source = step.text("source")
      guard let title, let text, let source else { return nil }
      return ProcedureStep(
        title: title, text: text, actor: actor, limits: stepLimits, source: source,
        location: step.location)
    }
    let procedureLimits = limits(reader)
    let source = reader.text("source")
    guard let id, let title, let source else { return nil }
    return Procedure(
      id: id, title: title, summary: summary, steps: steps, limits: procedureLimits, source: source,
      location: reader.location)
  }

  func decodeElement(_ reader: MappingReader) -> KeyElement? {
    reader.rejectUnknownKeys(allowed: [
      "id", "name", "rule", "any", "all", "near", "within", "without", "quantity", "negative",
      "source",
    ])
    let id = identifier(reader)
    let name = reader.text("name")
    let rule = reader.optionalText("rule")
    let any = templates(reader, "any")
    let all = templates(reader, "all")
    let near = nearGroups(reader)
    let within = reader.has("within") ? reader.positiveInteger("within") : KeyElement.defaultWithin
    let without = reader.texts("without").map(\.text)
    let quantity = quantityRequirement(reader)
    let negative = reader.has("negative") ? reader.boolean("negative") : false
    let source = reader.text("source")
    let cueKeys = ["any", "all", "near", "quantity"]
    if !cueKeys.contains(where: reader.has) {
      log.report(.missingKey("any"), at: reader.location)
    }
    if reader.has("within") && !reader.has("near") {
      log.report(.keyNeedsKey(key: "within", needs: "near"), at: reader.keyLocation("within"))
    }
    guard let id, let name, let source, let within, let negative else { return nil }
    return KeyElement(
      id: id, name: name, rule: rule, any: any, all: all, near: near, within: within,
      without: without, quantity: quantity, negative: negative, source: source,
      location: reader.location)
  }

  /// `near: [[收, 接], [找]]`: a list of groups, each a list of synonyms (a lone text is a
  /// group of one).
  private func nearGroups(_ reader: MappingReader) -> [[String]] {
    guard let value = reader.node("near") else { return [] }
    guard case .sequence(let groups) = value else {
      log.report(
        .wrongShape(key: "near", expected: .list, found: value.shape),
        at: reader.file.location(of: value))
      return []
    }
    if groups.count < 2 {
      log.report(.tooFewChoices(key: "near", minimum: 2), at: reader.file.location(of: value))
    }
    return groups.compactMap { group -> [String]? in
      if case .sequence(let words) = group {
        let texts = words.compactMap { reader.text($0, key: "near") }
        if texts.isEmpty {
          log.report(.emptyValue("near"), at: reader.file.location(of: group))
          return nil
        }
        return texts
      }
      return reader.text(group, key: "near").map { [$0] }
    }
  }

  /// `quantity: {at-most: 2, unit: hours}`: exactly one relation, a whole number, a unit.
  private func quantityRequirement(_ reader: MappingReader) -> QuantityRequirement? {
    guard let quantity = reader.mapping("quantity") else { return nil }
    let relations = QuantityRelation.allCases.map(\.rawValue)
    quantity.rejectUnknownKeys(allowed: relations + ["unit"])
    let given = QuantityRelation.allCases.filter { quantity.has($0.rawValue) }
    let unit = quantity.choice("unit", as: TimeUnit.self)
    guard given.count == 1, let relation = given.first else {
      log.report(.quantityRelation(allowed: relations), at: quantity.location)
      return nil
    }
    guard let value = quantity.positiveInteger(relation.rawValue), let unit else { return nil }
    return QuantityRequirement(relation: relation, value: value, unit: unit)
  }

  // MARK: Practice items

  private static let questionKeysByType: [String: [String]] = [
    "single": ["choices", "answer"],
    "multiple": ["choices", "answer"],
    "true-false": ["answer"],
    "number": ["answer", "unit"],
    "order": ["items", "procedure"],
    "phrase": ["phrase"],
  ]

  func decodeQuestion(_ reader: MappingReader) -> Question? {
    let common = ["id", "type", "prompt", "explanation", "about", "source"]
    let allTypeKeys = Set(Self.questionKeysByType.values.joined())
    reader.rejectUnknownKeys(allowed: common + allTypeKeys)
    let id = identifier(reader)
    let typeName: String? = reader.text("type").flatMap { name in
      if Self.questionKeysByType[name] != nil { return name }
      log.report(
        .invalidChoice(key: "type", value: name, allowed: QuestionForm.typeNames),
        at: reader.file.location(of: reader.node("type")!))
      return nil
    }
    let prompt = reader.text("prompt")
    let explanation = reader.text("explanation")
    let about = refer(reader, "about", to: .items(Set(ItemKind.allCases)))
    let source = reader.text("source")
    var form: QuestionForm?
    if let typeName {
      let allowed = Self.questionKeysByType[typeName]!
      for key in allTypeKeys.subtracting(allowed).sorted() where reader.has(key) {
        log.report(.keyNotAllowedForType(key: key, type: typeName), at: reader.keyLocation(key))
      }
      form = decodeForm(typeName, reader)
    }
    guard let id, let prompt, let explanation, let source, let form else { return nil }
    return Question(
      id: id, prompt: prompt, form: form, explanation: explanation, about: about, source: source,
      location: reader.location)
  }

  private func decodeForm(_ type: String, _ reader: MappingReader) -> QuestionForm? {
    switch type {
    case "single":
      let choices = choices(reader)
      guard let answerNode = required(reader, "answer"),
        let answer = letter(answerNode, reader, choices: choices.count)
      else { return nil }
      return choices.count >= 2 ? .single(choices: choices, answer: answer) : nil
    case "multiple":
      let choices = choices(reader)
      guard let answerNode = required(reader, "answer") else { return nil }
      guard case .sequence(let letters) = answerNode, !letters.isEmpty else {
        log.report(
          .wrongShape(key: "answer", expected: .list, found: answerNode.shape),
          at: reader.file.location(of: answerNode))
        return nil
      }
      let answers = letters.compactMap { letter($0, reader, choices: choices.count) }
      guard answers.count == letters.count, choices.count >= 2 else { return nil }
      return .multiple(choices: choices, answers: answers.sorted())
    case "true-false":
      return reader.boolean("answer").map { .trueFalse(answer: $0) }
    case "number":
      let unit = reader.choice("unit", as: TimeUnit.self, required: false)
      return reader.positiveInteger("answer").map { .number(answer: $0, unit: unit) }
    case "order":
      if reader.has("procedure") {
        if reader.has("items") {
          log.report(
            .keyNotAllowedForType(key: "items", type: "order"), at: reader.keyLocation("items"))
        }
        return referOne(reader, "procedure", to: .items([.procedure])).map {
          .order(items: [], procedure: $0)
        }
      }
      let items = reader.texts("items", required: true).map(\.text)
      guard items.count >= 2 else {
        if reader.has("items") {
          log.report(.tooFewChoices(key: "items", minimum: 2), at: reader.keyLocation("items"))
        }
        return nil
      }
      return .order(items: items, procedure: nil)
    default:  // "phrase"
      return referOne(reader, "phrase", to: .items([.phrase])).map { .phrase(id: $0) }
    }
  }

  private func required(_ reader: MappingReader, _ key: String) -> Node? {
    guard let node = reader.node(key) else {
      log.report(.missingKey(key), at: reader.location)
      return nil
    }
    return node
  }

  private func choices(_ reader: MappingReader) -> [String] {
    let choices = reader.texts("choices", required: true).map(\.text)
    if reader.has("choices") && choices.count < 2 {
      log.report(.tooFewChoices(key: "choices", minimum: 2), at: reader.keyLocation("choices"))
    }
    return choices
  }

  /// Reads an answer letter (A, B, …) as a 0-based index into the choices.
  private func letter(_ node: Node, _ reader: MappingReader, choices: Int) -> Int? {
    guard let text = reader.text(node, key: "answer") else { return nil }
    let upper = text.uppercased()
    guard upper.count == 1, let scalar = upper.unicodeScalars.first, ("A"..."Z").contains(scalar)
    else {
      log.report(
        .wrongShape(key: "answer", expected: .text, found: node.shape),
        at: reader.file.location(of: node))
      return nil
    }
    let index = Int(scalar.value - UnicodeScalar("A").value)
    guard index < choices else {
      if choices > 0 {
        log.report(
          .answerOutOfRange(answer: upper, choices: choices), at: reader.file.location(of: node))
      }
      return nil
    }
    return index
  }

  func decodeDialogue(_ reader: MappingReader) -> Dialogue? {
    reader.rejectUnknownKeys(allowed: ["id", "title", "role", "scene", "steps", "source"])
    let id = identifier(reader)
    let title = reader.text("title")
    let role = reader.text("role")
    let scene = reader.text("scene")
    let steps = reader.mappings("steps", required: true).compactMap { step -> DialogueStep? in
      step.rejectUnknownKeys(allowed: ["id", "customer", "expect", "model", "points", "tip"])
      let stepID = step.has("id") ? identifier(step) : nil
      let customer = step.text("customer")
      var expectation = Expectation()
      if let expect = step.mapping("expect") {
        expect.rejectUnknownKeys(allowed: ["all", "any", "none"])
        expectation.all = refer(expect, "all", to: .items([.element, .phrase]))
        expectation.any = refer(expect, "any", to: .items([.element, .phrase]))
        expectation.none = refer(expect, "none", to: .items([.forbidden, .element]))
      }
      let model = template(step, "model")
      let points = step.positiveInteger("points")
      let tip = step.optionalText("tip")
      guard let customer, let model, let points else { return nil }
      return DialogueStep(
        id: stepID, customer: customer, expect: expectation, model: model, points: points, tip: tip,
        location: step.location)
    }
    let source = reader.text("source")
    guard let id, let title, let role, let scene, let source else { return nil }
    return Dialogue(
      id: id, title: title, role: role, scene: scene, steps: steps, source: source,
      location: reader.location)
  }
}

extension String {
  var withoutWhitespace: String {
    String(unicodeScalars.filter { !$0.properties.isWhitespace })
  }
}
