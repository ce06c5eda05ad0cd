import RehearseLocalization

/// The shape of a YAML value, as named in type errors.
public enum ValueShape: String, Sendable {
  case text, number, boolean, list, mapping, empty

  func name(_ localize: Localizer) -> String {
    switch self {
    case .text: localize(.shapeText)
    case .number: localize(.shapeNumber)
    case .boolean: localize(.shapeBoolean)
    case .list: localize(.shapeList)
    case .mapping: localize(.shapeMapping)
    case .empty: localize(.shapeEmpty)
    }
  }
}

/// Something wrong with content, independent of how it is worded for the user.
public enum ContentProblem: Sendable, Equatable {
  case unreadable(reason: String)
  case fileTooLarge(bytes: Int, limit: Int)
  case invalidUTF8
  case yamlSyntax(String)
  case tooManyNodes(limit: Int)
  case duplicateKey(String)
  case wrongShape(key: String?, expected: ValueShape, found: ValueShape)
  case missingKey(String)
  case emptyValue(String)
  case unknownKey(String, suggestion: String?)
  case invalidID(String)
  case duplicateID(String, first: SourceLocation)
  case danglingReference(key: String, id: String)
  case invalidChoice(key: String, value: String, allowed: [String])
  case notPositive(key: String)
  case answerOutOfRange(answer: String, choices: Int)
  case tooFewChoices(key: String, minimum: Int)
  case keyNotAllowedForType(key: String, type: String)
  case malformedSlot(String)
  case allowDoesNotContain(allow: String, phrase: String)
  case malformedPattern(String, reason: PatternSyntax.Problem)
  case keyNeedsKey(key: String, needs: String)
  case quantityRelation(allowed: [String])
  case multipleBasePacks(first: SourceLocation)
  /// A dialogue's model answer does not pass its own turn.
  case modelFailsTurn(dialogue: String, step: Int, missing: [String])
  /// Content meant to be said (a phrase, a model answer, an `instead`, a cue) is flagged.
  case flaggedWording(key: String, text: String, forbidden: String)
  case packIDMismatch(id: String, folder: String)
  case missingPack
  case duplicatePack(first: SourceLocation)
  case noPacks
  case notADirectory
  /// A FIFO, a device or a socket where a content file was expected.
  case notARegularFile

  /// The problem in the user's language.
  public func message(_ localize: Localizer) -> String {
    switch self {
    case .unreadable(let reason): localize(.problemUnreadable, reason)
    case .fileTooLarge(let bytes, let limit): localize(.problemFileTooLarge, bytes, limit)
    case .invalidUTF8: localize(.problemInvalidUTF8)
    case .yamlSyntax(let detail): localize(.problemYAMLSyntax, detail)
    case .tooManyNodes(let limit): localize(.problemTooManyNodes, limit)
    case .duplicateKey(let key): localize(.problemDuplicateKey, key)
    case .wrongShape(let key?, let expected, let found):
      localize(.problemWrongShapeKey, key, expected.name(localize), found.name(localize))
    case .wrongShape(nil, let expected, let found):
      localize(.problemWrongShape, expected.name(localize), found.name(localize))
    case .missingKey(let key): localize(.problemMissingKey, key)
    case .emptyValue(let key): localize(.problemEmptyValue, key)
    case .unknownKey(let key, let suggestion?):
      localize(.problemUnknownKeySuggestion, key, suggestion)
    case .unknownKey(let key, nil): localize(.problemUnknownKey, key)
    case .invalidID(let id): localize(.problemInvalidID, id)
    case .duplicateID(let id, let first): localize(.problemDuplicateID, id, first)
    case .danglingReference(let key, let id): localize(.problemDanglingReference, key, id)
    case .invalidChoice(let key, let value, let allowed):
      localize(.problemInvalidChoice, key, value, allowed.joined(separator: ", "))
    case .notPositive(let key): localize(.problemNotPositive, key)
    case .answerOutOfRange(let answer, let choices):
      localize(.problemAnswerOutOfRange, answer, choices)
    case .tooFewChoices(let key, let minimum): localize(.problemTooFewChoices, key, minimum)
    case .keyNotAllowedForType(let key, let type): localize(.problemKeyNotForType, key, type)
    case .malformedSlot(let text): localize(.problemMalformedSlot, text)
    case .allowDoesNotContain(let allow, let phrase):
      localize(.problemAllowDoesNotContain, allow, phrase)
    case .malformedPattern(let pattern, let reason):
      localize(.problemMalformedPattern, pattern, reason.message(localize))
    case .keyNeedsKey(let key, let needs): localize(.problemKeyNeedsKey, key, needs)
    case .quantityRelation(let allowed):
      localize(.problemQuantityRelation, allowed.joined(separator: ", "))
    case .multipleBasePacks(let first): localize(.problemMultipleBasePacks, first)
    case .modelFailsTurn(let dialogue, let step, let missing):
      localize(.problemModelFailsTurn, dialogue, step, missing.joined(separator: ", "))
    case .flaggedWording(let key, let text, let forbidden):
      localize(.problemFlaggedWording, key, text, forbidden)
    case .packIDMismatch(let id, let folder): localize(.problemPackIDMismatch, id, folder)
    case .missingPack: localize(.problemMissingPack)
    case .duplicatePack(let first): localize(.problemDuplicatePack, first)
    case .noPacks: localize(.problemNoPacks)
    case .notADirectory: localize(.problemNotADirectory)
    case .notARegularFile: localize(.problemNotARegularFile)
    }
  }
}

/// A problem and where it is.
public struct ContentDiagnostic: Sendable, Equatable, Comparable {
  public var location: SourceLocation
  public var problem: ContentProblem

  public init(_ problem: ContentProblem, at location: SourceLocation) {
    self.problem = problem
    self.location = location
  }

  /// `path:line:column: message`, one line, as `rehearse validate` prints it.
  ///
  /// Always one line: a path, an id or a value quoted from the file that holds a line break
  /// or a control character shows it visibly, so no file name can forge a line of its own.
  public func rendered(_ localize: Localizer) -> String {
    VisibleText.safe("\(location): \(problem.message(localize))", lineBreaks: .shown)
  }

  public static func < (lhs: ContentDiagnostic, rhs: ContentDiagnostic) -> Bool {
    lhs.location < rhs.location
  }
}

/// Content that could not be loaded, with every problem found.
public struct ContentError: Error, Sendable {
  public var diagnostics: [ContentDiagnostic]

  public init(diagnostics: [ContentDiagnostic]) {
    self.diagnostics = diagnostics.sorted()
  }
}

extension PatternSyntax.Problem {
  func message(_ localize: Localizer) -> String {
    switch self {
    case .unbalancedParenthesis: localize(.patternUnbalanced)
    case .emptyAlternative: localize(.patternEmptyAlternative)
    case .alternativesOutsideParentheses: localize(.patternBareAlternatives)
    case .nestedParenthesis: localize(.patternNested)
    case .gapAtEdge: localize(.patternGapAtEdge)
    case .noText: localize(.patternNoText)
    }
  }
}
