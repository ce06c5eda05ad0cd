import Yams

/// Turns content files into a validated library, or every problem found in them.
///
/// It does no I/O; `ContentDirectory` reads the files.
public struct ContentLoader: Sendable {
  /// Content files are hand-written; anything this large is a mistake or an attack.
  public static let maximumFileSize = 1 << 20
  /// A file that expands to more nodes than this is refused (YAML alias bombs).
  public static let maximumNodes = 200_000

  public init() {}

  public func load(_ files: [ContentFile], emptyLocation: SourceLocation? = nil)
    throws(ContentError) -> ContentLibrary
  {
    let log = DiagnosticLog()
    var loaded: [(pack: Pack, references: [Reference])] = []
    let folders = Dictionary(grouping: files, by: \.folder)
    for folder in folders.keys.sorted() {
      let packFiles = folders[folder]!.sorted { $0.path < $1.path }
      if let pack = loadPack(folder: folder, files: packFiles, log: log) { loaded.append(pack) }
    }
    let bases = loaded.filter(\.pack.isBase)
    for extra in bases.dropFirst() {
      log.report(.multipleBasePacks(first: bases[0].pack.location), at: extra.pack.location)
    }
    var packs: [Pack] = []
    for (var pack, references) in loaded {
      // Own ids are checked for duplicates before the base's are added, which they override.
      PackValidator(pack: pack, references: [], log: log).validateIDs()
      if !pack.isBase, let base = bases.first?.pack { pack.inherit(from: base) }
      PackValidator(pack: pack, references: references, log: log).validateReferences()
      pack.resolveOrderQuestions()
      packs.append(pack)
    }
    if files.isEmpty, let emptyLocation {
      log.report(.noPacks, at: emptyLocation)
    }
    guard log.isEmpty else { throw ContentError(diagnostics: log.diagnostics) }
    return ContentLibrary(packs: packs)
  }

  private func loadPack(folder: String, files: [ContentFile], log: DiagnosticLog) -> (
    pack: Pack, references: [Reference]
  )? {
    let decoder = ItemDecoder(log: log)
    var declaration: Pack?
    var items = PackItems()
    var unreadableFiles = 0
    for file in files {
      guard let yaml = parse(file, log: log) else {
        unreadableFiles += 1
        continue
      }
      guard let root = yaml.root else { continue }
      guard let top = MappingReader(root, key: nil, file: yaml, log: log) else { continue }
      top.rejectUnknownKeys(allowed: ["pack"] + ItemKind.allCases.map(\.rawValue))
      if let packNode = top.mapping("pack"), var pack = decoder.decodePack(packNode) {
        pack.location = top.keyLocation("pack")
        if let first = declaration {
          log.report(.duplicatePack(first: first.location), at: top.keyLocation("pack"))
        } else {
          declaration = pack
          if pack.id != folder {
            log.report(
              .packIDMismatch(id: pack.id, folder: folder),
              at: yaml.location(of: packNode.node("id")!))
          }
        }
      }
      items.read(top, with: decoder)
    }
    guard var pack = declaration else {
      // A file that could not be parsed may well hold the declaration; say nothing more.
      if unreadableFiles == 0, let first = files.first {
        log.report(.missingPack, at: SourceLocation(file: first.path, line: 1, column: 1))
      }
      return nil
    }
    items.move(into: &pack)
    pack.version = PackVersion.of(files)
    return (pack, decoder.references)
  }

  private func parse(_ file: ContentFile, log: DiagnosticLog) -> YAMLFile? {
    let start = SourceLocation(file: file.path, line: 1, column: 1)
    guard file.bytes.count <= Self.maximumFileSize else {
      log.report(.fileTooLarge(bytes: file.bytes.count, limit: Self.maximumFileSize), at: start)
      return nil
    }
    guard let text = String(validating: file.bytes, as: UTF8.self) else {
      log.report(.invalidUTF8, at: Self.firstInvalidUTF8(in: file.bytes, path: file.path))
      return nil
    }
    do {
      // The basic resolver leaves tags unresolved; `ScalarType` reads them without regexes.
      let root = try Parser(yaml: text, resolver: .basic).singleRoot()
      if let root, root.exceedsNodeCount(Self.maximumNodes) {
        log.report(.tooManyNodes(limit: Self.maximumNodes), at: start)
        return nil
      }
      return YAMLFile(path: file.path, root: root)
    } catch let error as YamlError {
      let (mark, problem) = Self.describe(error)
      log.report(problem, at: YAMLFile(path: file.path, root: nil).location(mark))
      return nil
    } catch {
      log.report(.yamlSyntax(String(describing: error)), at: start)
      return nil
    }
  }

  /// The position of a libyaml error and the problem to report; libyaml's own wording of a
  /// syntax error is kept, as it is the most precise description there is.
  static func describe(_ error: YamlError) -> (Mark?, ContentProblem) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let prefix = context.map { "\($0.text) (\($0.mark.line):\($0.mark.column)), " } ?? ""
      return (mark, .yamlSyntax(prefix + problem))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (context.mark, .duplicateKey(duplicates.joined(separator: ", ")))
    case .reader(let problem, _, _, _):
      return (nil, .yamlSyntax(problem))
    default:
      return (nil, .yamlSyntax(String(describing: error)))
    }
  }

  /// Where the first byte that is not UTF-8 sits, as a line and column.
  static func firstInvalidUTF8(in bytes: [UInt8], path: String) -> SourceLocation {
    var line = 1
    var lineStart = 0
    var index = 0
    while index < bytes.count {
      let length = validSequenceLength(bytes, at: index)
      if length == 0 { break }
      if bytes[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
      index += length
    }
    let prefix = Array(bytes[lineStart..<min(index, bytes.count)])
    let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    return SourceLocation(file: path, line: line, column: column)
  }

  private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    let slice = Array(bytes[index..<index + length])
    return String(validating: slice, as: UTF8.self) == nil ? 0 : length
  }
}

/// The items of one pack as they are read, file by file, before the pack is put together.
private struct PackItems {
  var rules: [Rule] = []
  var phrases: [Phrase] = []
  var forbidden: [ForbiddenPhrase] = []
  var dress: [DressItem] = []
  var kit: [KitItem] = []
  var procedures: [Procedure] = []
  var elements: [KeyElement] = []
  var questions: [Question] = []
  var dialogues: [Dialogue] = []

  mutating func read(_ top: MappingReader, with decoder: ItemDecoder) {
    for kind in ItemKind.allCases {
      let readers = top.mappings(kind.rawValue)
      switch kind {
      case .rule: rules += readers.compactMap(decoder.decodeRule)
      case .phrase: phrases += readers.compactMap(decoder.decodePhrase)
      case .forbidden: forbidden += readers.compactMap(decoder.decodeForbidden)
      case .dress: dress += readers.compactMap(decoder.decodeDress)
      case .kit: kit += readers.compactMap(decoder.decodeKit)
      case .procedure: procedures += readers.compactMap(decoder.decodeProcedure)
      case .element: elements += readers.compactMap(decoder.decodeElement)
      case .question: questions += readers.compactMap(decoder.decodeQuestion)
      case .dialogue: dialogues += readers.compactMap(decoder.decodeDialogue)
      }
    }
  }

  func move(into pack: inout Pack) {
    pack.rules = rules
    pack.phrases = phrases
    pack.forbidden = forbidden
    pack.dress = dress
    pack.kit = kit
    pack.procedures = procedures
    pack.elements = elements
    pack.questions = questions
    pack.dialogues = dialogues
  }
}

extension Pack {
  /// Order questions that name a procedure take its step titles as the items to order.
  mutating func resolveOrderQuestions() {
    for index in questions.indices {
      guard case .order(_, let procedureID?) = questions[index].form,
        let procedure = procedures.first(where: { $0.id == procedureID })
      else { continue }
      questions[index].form = .order(items: procedure.steps.map(\.title), procedure: procedureID)
    }
  }
}
