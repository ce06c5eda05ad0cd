import RehearseContent

/// Tab completion: command names first, then whatever the command's argument names.
public struct Completer {
  let session: ShellSession

  public init(session: ShellSession) {
    self.session = session
  }

  /// Completes the last word of `before` (the line up to the cursor).
  public func complete(_ before: String) -> EditLineReader.Completion {
    let endsWithSpace = before.last?.isWhitespace ?? true
    let words =
      (try? CommandTokenizer.split(before)) ?? before.split(separator: " ").map(String.init)
    let current = endsWithSpace ? "" : (words.last ?? "")
    let previous = endsWithSpace ? words : Array(words.dropLast())
    let candidates: [String]
    if previous.isEmpty {
      candidates = ShellCommands.all.map { $0._commandName }
    } else if previous.count == 1, let command = ShellCommands.command(named: previous[0]) {
      candidates = argumentCandidates(command.completion)
    } else {
      candidates = []
    }
    return Self.completion(of: current, among: candidates)
  }

  func argumentCandidates(_ kind: ArgumentCompletion) -> [String] {
    switch kind {
    case .nothing:
      return []
    case .pack:
      return session.library.packs.map(\.id)
    case .commandName:
      return ShellCommands.all.map { $0._commandName }
    case .topic:
      return session.currentPack?.topics.map(\.id) ?? []
    case .items(let kinds):
      let packs = session.currentPack.map { [$0] } ?? session.library.packs
      return packs.flatMap { pack in
        kinds.sorted().flatMap { pack.items(of: $0).map(\.id) }
      }
    }
  }

  /// The common rest of every candidate that starts with `prefix`; a unique match also gets
  /// the space that ends the word.
  static func completion(of prefix: String, among candidates: [String]) -> EditLineReader.Completion
  {
    let matches = Array(Set(candidates.filter { $0.hasPrefix(prefix) })).sorted()
    guard let first = matches.first else { return .init() }
    if matches.count == 1 {
      return .init(insertion: String(first.dropFirst(prefix.count)) + " ")
    }
    var common = first[...]
    for match in matches.dropFirst() {
      while !match.hasPrefix(common) { common = common.dropLast() }
    }
    return .init(insertion: String(common.dropFirst(prefix.count)), candidates: matches)
  }
}
