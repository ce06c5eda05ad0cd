import RehearseContent

/// Checks that content agrees with itself once it can be scored: every dialogue's model answer
/// passes its own turn, and nothing the content tells trainees to say — a phrase, a model
/// answer, an `instead`, an element's cue — is flagged by the pack's forbidden wording (the base
/// pack's included). `rehearse validate` reports what it finds at the item's position.
public struct ContentAudit: Sendable {
  /// What a slot is filled with when a model answer is graded (a slot takes any word).
  public static let slotFilling = "X"

  let library: PracticeLibrary

  public init(library: PracticeLibrary) {
    self.library = library
  }

  public func problems() -> [ContentDiagnostic] {
    library.content.packs.flatMap { pack -> [ContentDiagnostic] in
      guard let matcher = library.matcher(for: pack.id) else { return [] }
      return modelAnswers(matcher) + flaggedWording(matcher)
    }.sorted()
  }

  private func modelAnswers(_ matcher: PackMatcher) -> [ContentDiagnostic] {
    let grader = TurnGrader(matcher: matcher)
    var found: [ContentDiagnostic] = []
    for dialogue in matcher.pack.dialogues {
      for (index, step) in dialogue.steps.enumerated() {
        let result = grader.grade(step, answer: Self.filled(step.model))
        guard !result.passed else { continue }
        var missing = result.missingIDs + result.flagIDs
        if result.stuffed { missing.append("cue-stuffing") }
        found.append(
          ContentDiagnostic(
            .modelFailsTurn(dialogue: dialogue.id, step: index + 1, missing: missing),
            at: step.location))
      }
    }
    return found
  }

  private func flaggedWording(_ matcher: PackMatcher) -> [ContentDiagnostic] {
    let pack = matcher.pack
    var said: [(key: String, text: String, location: SourceLocation)] = []
    for phrase in pack.phrases {
      said += phrase.wordings.map { ("phrase", $0, phrase.location) }
    }
    for dialogue in pack.dialogues {
      said += dialogue.steps.map { ("model", $0.model, $0.location) }
    }
    said += pack.forbidden.map { ("instead", $0.instead, $0.location) }
    for element in pack.elements where !element.negative {
      said += element.cues.map { ("cue", $0, element.location) }
    }
    return said.flatMap { key, text, location in
      matcher.flags(in: Self.filled(text)).map { flag in
        ContentDiagnostic(
          .flaggedWording(key: key, text: text, forbidden: flag.phrase.id), at: location)
      }
    }
  }

  static func filled(_ template: String) -> String {
    template.replacing(/\{[a-z0-9-]+\}/, with: slotFilling)
  }
}
