import RehearseContent
import RehearseMatching

/// Judges a trainee's line in a role-play dialogue.
///
/// The score is the turn's points times the share of requirements met (each `all` id is one,
/// the `any` list together is one). The answer is judged whole: banned wording anywhere in it, or
/// something the turn lists under `none`, scores nothing however good the rest; a discouraged
/// phrase halves the score; an answer that is cue words strung together (`CueStuffing`) scores
/// nothing. A turn passes when every requirement is met and nothing forbidden was said.
public struct TurnGrader: Sendable {
  let matcher: PackMatcher

  public init(matcher: PackMatcher) {
    self.matcher = matcher
  }

  public func grade(_ step: DialogueStep, answer: String) -> TurnResult {
    let report = matcher.elements(in: answer)
    let flags = matcher.flags(in: answer)
    let required = step.expect.all.map {
      check($0, role: .required, in: answer, report: report, flags: flags)
    }
    let oneOf = step.expect.any.map {
      check($0, role: .oneOf, in: answer, report: report, flags: flags)
    }
    let avoided = step.expect.none.map {
      check($0, role: .avoided, in: answer, report: report, flags: flags)
    }

    let requirementCount = required.count + (oneOf.isEmpty ? 0 : 1)
    let anyMet = !oneOf.isEmpty && oneOf.contains(where: \.found) ? 1 : 0
    let met = required.filter(\.found).count + anyMet
    let points = Double(step.points)
    var score = requirementCount == 0 ? points : points * Double(met) / Double(requirementCount)
    let violated = avoided.contains(where: \.found) || flags.contains(where: \.isBanned)
    let stuffed = CueStuffing.isStuffed(
      report, expected: Set(step.expect.all + step.expect.any), answer: answer)
    if violated || stuffed {
      score = 0
    } else if !flags.isEmpty {
      score /= 2
    }
    let passed = met == requirementCount && !violated && !stuffed && flags.isEmpty
    return TurnResult(
      step: step, answer: answer, checks: required + oneOf + avoided, flags: flags,
      score: (score * 10).rounded() / 10, maxScore: points, passed: passed,
      stuffed: stuffed)
  }

  private func check(
    _ id: String, role: RequirementCheck.Role, in answer: String, report: ElementReport,
    flags: [ForbiddenFlag]
  ) -> RequirementCheck {
    let pack = matcher.pack
    if let element = pack.elements.first(where: { $0.id == id }) {
      let result = report.results.first { $0.id == id }
      let range = (result?.foundAny.first ?? result?.foundAll.first)?.range
      return RequirementCheck(
        id: id, name: element.name, role: role, found: result?.isPresent ?? false, range: range,
        cues: element.cues, rule: element.rule, citation: pack.citation(for: element),
        negated: !(result?.isPresent ?? false) && !(result?.negated.isEmpty ?? true))
    }
    if let phrase = pack.phrases.first(where: { $0.id == id }) {
      let score = matcher.score(answer, againstPhrase: id)
      return RequirementCheck(
        id: id, name: phrase.text, role: role, found: score?.passed ?? false,
        range: score?.matchedRange, cues: [], rule: phrase.situation,
        citation: pack.citation(for: phrase), negated: false)
    }
    if let forbidden = pack.forbidden.first(where: { $0.id == id }) {
      let flag = flags.first { $0.phrase.id == id }
      return RequirementCheck(
        id: id, name: forbidden.text, role: role, found: flag != nil, range: flag?.range, cues: [],
        rule: nil, citation: pack.citation(for: forbidden), negated: false)
    }
    return RequirementCheck(
      id: id, name: id, role: role, found: false, range: nil, cues: [], rule: nil, citation: nil,
      negated: false)
  }
}
