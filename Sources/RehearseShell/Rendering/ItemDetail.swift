import RehearseContent
import RehearseLocalization

/// Prints one item in full, with every field a trainee or trainer needs and its citation.
struct ItemDetail {
  let session: ShellSession
  /// Whether an element's cue words are shown (a trainer's option).
  var showsCues = false

  func show(_ item: any ContentItem, in pack: Pack) {
    let localize = session.localize
    let style = session.style
    let kind = type(of: item).kind
    session.output.line(
      style.bold(localize.kindSingular(kind)) + "  " + style.cyan("\(pack.id)/\(item.id)"))
    var fields: [(label: String, value: String)] = []
    var trailer: (() -> Void)?
    switch item {
    case let rule as Rule:
      if let topic = pack.topic(withID: rule.topic) {
        fields.append((localize(.fieldTopic), topic.title))
      }
      fields.append((localize(.fieldRule), rule.text))
      fields += rule.limits.map { (localize(.fieldLimit), localize.limit($0)) }
      if let note = rule.note { fields.append((localize(.fieldNote), note)) }
    case let phrase as Phrase:
      fields.append((localize(.fieldSituation), phrase.situation))
      fields.append((localize(.fieldPhrase), phrase.text))
      fields += phrase.variants.map { (localize(.fieldVariant), $0) }
      if !phrase.elements.isEmpty {
        fields.append((localize(.fieldElements), names(phrase.elements, in: pack)))
      }
      if let note = phrase.note { fields.append((localize(.fieldNote), note)) }
    case let forbidden as ForbiddenPhrase:
      fields.append((localize(.fieldForbidden), forbidden.text))
      fields.append((localize(.fieldSeverity), localize.severityName(forbidden.severity)))
      fields.append((localize(.fieldInstead), forbidden.instead))
      if let why = forbidden.why { fields.append((localize(.fieldWhy), why)) }
      fields += forbidden.allow.map { (localize(.fieldAllowed), $0) }
    case let dress as DressItem:
      fields.append((localize(.fieldArea), localize.areaName(dress.area)))
      fields.append((localize(.fieldRequirement), dress.text))
    case let kit as KitItem:
      fields.append((localize(.fieldItem), kit.text))
      if let note = kit.note { fields.append((localize(.fieldNote), note)) }
    case let procedure as Procedure:
      fields.append((localize(.fieldProcedure), procedure.title))
      if let summary = procedure.summary { fields.append((localize(.fieldSummary), summary)) }
      fields += procedure.limits.map { (localize(.fieldLimit), localize.limit($0)) }
      trailer = { steps(of: procedure, in: pack) }
    case let element as KeyElement:
      fields.append((localize(.fieldElement), element.name))
      if let rule = element.rule { fields.append((localize(.fieldRule), rule)) }
      if showsCues {
        fields += ElementCues.describe(element, localize).map { (localize(.fieldCues), $0) }
      }
    case let question as Question:
      fields.append((localize(.fieldType), localize.questionTypeName(question.form)))
      fields.append((localize(.fieldQuestion), question.prompt))
      fields += answerFields(question, in: pack)
      fields.append((localize(.fieldExplanation), question.explanation))
    case let dialogue as Dialogue:
      fields.append((localize(.fieldDialogue), dialogue.title))
      fields.append((localize(.fieldRole), dialogue.role))
      fields.append((localize(.fieldScene), dialogue.scene))
      trailer = { turns(of: dialogue, in: pack) }
    default:
      break
    }
    fields.append((localize(.fieldSource), pack.citation(for: item)))
    session.layout.fields(fields)
    trailer?()
  }

  private func names(_ ids: [String], in pack: Pack) -> String {
    ids.map { id in pack.item(withID: id)?.headline ?? id }.joined(separator: "、")
  }

  private func steps(of procedure: Procedure, in pack: Pack) {
    let localize = session.localize
    session.output.line()
    for (index, step) in procedure.steps.enumerated() {
      let actor = step.actor.map { " · \($0)" } ?? ""
      session.output.line(
        session.style.bold("\(index + 1). \(step.title)") + session.style.dim(actor))
      session.layout.paragraph(step.text, indent: 4)
      for limit in step.limits { session.layout.paragraph("⏱ " + localize.limit(limit), indent: 4) }
      session.layout.paragraph(
        pack.citation(source: step.source), indent: 4, styled: session.style.dim)
    }
  }

  private func turns(of dialogue: Dialogue, in pack: Pack) {
    let localize = session.localize
    session.output.line()
    for (index, step) in dialogue.steps.enumerated() {
      session.output.line(session.style.bold(localize(.dialogueTurn, index + 1, step.points)))
      session.layout.paragraph(localize(.dialogueCustomerSays, step.customer), indent: 4)
      if !step.expect.all.isEmpty {
        session.layout.paragraph(
          localize(.dialogueMustContain, names(step.expect.all, in: pack)), indent: 4)
      }
      if !step.expect.any.isEmpty {
        session.layout.paragraph(
          localize(.dialogueOneOf, names(step.expect.any, in: pack)), indent: 4)
      }
      if !step.expect.none.isEmpty {
        session.layout.paragraph(
          localize(.dialogueMustNot, names(step.expect.none, in: pack)), indent: 4)
      }
      session.layout.paragraph(localize(.dialogueModel, step.model), indent: 4)
    }
  }

  private func answerFields(_ question: Question, in pack: Pack) -> [(label: String, value: String)]
  {
    let localize = session.localize
    func letter(_ index: Int) -> String { String(UnicodeScalar(UInt8(65 + index))) }
    switch question.form {
    case .single(let choices, let answer):
      return choices.enumerated().map {
        (localize(.fieldChoice), "\(letter($0.offset)). \($0.element)")
      }
        + [(localize(.fieldAnswer), letter(answer))]
    case .multiple(let choices, let answers):
      return choices.enumerated().map {
        (localize(.fieldChoice), "\(letter($0.offset)). \($0.element)")
      }
        + [(localize(.fieldAnswer), answers.map(letter).joined(separator: ", "))]
    case .trueFalse(let answer):
      return [(localize(.fieldAnswer), answer ? localize(.answerTrue) : localize(.answerFalse))]
    case .number(let answer, let unit):
      return [
        (localize(.fieldAnswer), unit.map { localize.duration(answer, $0) } ?? String(answer))
      ]
    case .order(let items, _):
      return [
        (
          localize(.fieldAnswer),
          items.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  ")
        )
      ]
    case .phrase(let id):
      return [(localize(.fieldAnswer), pack.item(withID: id)?.headline ?? id)]
    }
  }
}
