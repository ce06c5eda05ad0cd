import RehearseContent

/// Which questions a quiz asks, in which order, and how order questions are shuffled.
///
/// Everything is deterministic for a given seed, so a piped session gives the same transcript
/// every time; the shell seeds from the clock when a person asks for `--shuffle`.
public struct QuizSelection: Sendable {
  public var questions: [Question]

  /// The questions of `pack`, optionally only of some types, shuffled with `seed` when given,
  /// at most `count` of them.
  public init(pack: Pack, types: Set<String> = [], count: Int? = nil, seed: UInt64? = nil) {
    var questions = pack.questions.filter { types.isEmpty || types.contains($0.form.typeName) }
    if let seed {
      var generator = SeededGenerator(seed: seed)
      questions.shuffle(using: &generator)
    }
    if let count { questions = Array(questions.prefix(max(count, 0))) }
    self.questions = questions
  }

  /// The order to show an order question's items in (indices into the correct order): a
  /// shuffle seeded by the question's id, never the correct order itself.
  public static func presentation(of question: Question) -> [Int] {
    guard case .order(let items, _) = question.form, items.count > 1 else { return [] }
    var generator = SeededGenerator(seed: StableHash.of(question.id))
    var order = Array(items.indices)
    repeat { order.shuffle(using: &generator) } while order == Array(items.indices)
    return order
  }
}

/// A small, fast, seedable generator (SplitMix64): the standard library's is not seedable.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// FNV-1a over UTF-8: a hash that is the same in every run (Swift's `Hasher` is not).
enum StableHash {
  static func of(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01B3
    }
    return hash
  }
}
