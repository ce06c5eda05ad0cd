/// Aligns a folded answer with a model's tokens by weighted edit distance, where a slot matches
/// a run of the answer's characters at no cost.
///
/// The alignment is semi-global: whatever the answer says before and after the model wording
/// costs nothing, so a trainee may wrap the phrase in words of their own. Inside it, a missing
/// model character costs its weight, an extra answer character its weight, a different
/// character the larger of the two, and a slot left out `missingSlotCost`.
struct PhraseAlignment {
  /// One step of the alignment, read from the model's start to its end.
  enum Step: Equatable {
    case match(answer: Int, token: Int)
    case substitute(answer: Int, token: Int)
    case missing(token: Int)
    case extra(answer: Int)
    case slot(token: Int, answer: Range<Int>)
  }

  static let missingSlotCost = 1.0

  let cost: Double
  /// The cost of an empty answer: every character missing, every slot left out.
  let worstCost: Double
  let steps: [Step]

  init(answer: FoldedText, model: ModelTokens, maximumSlotLength: Int) {
    let tokens = model.tokens
    let n = answer.count
    let m = tokens.count
    let width = m + 1
    var cost = [Double](repeating: 0, count: (n + 1) * width)
    // How each cell was reached: 0 free prefix, 1 diagonal, 2 model token missing, 3 extra
    // answer character, 4 slot left out, 5 + k slot filled with k characters.
    var move = [Int32](repeating: 0, count: (n + 1) * width)
    let answerWeights = answer.scalars.map(CharacterWeights.weight)

    // An empty answer prefix: every token so far is missing.
    for j in 1..<width {
      switch tokens[j - 1].kind {
      case .character(_, let weight):
        cost[j] = cost[j - 1] + weight
        move[j] = 2
      case .slot:
        cost[j] = cost[j - 1] + Self.missingSlotCost
        move[j] = 4
      }
    }
    worstCost = m > 0 ? cost[m] : 0

    if n > 0 && m > 0 {
      for i in 1...n {
        for j in 1...m {
          let here = i * width + j
          switch tokens[j - 1].kind {
          case .character(let scalar, let weight):
            let same = answer.scalars[i - 1] == scalar
            var best =
              cost[(i - 1) * width + j - 1] + (same ? 0 : max(weight, answerWeights[i - 1]))
            var how: Int32 = 1
            let missing = cost[i * width + j - 1] + weight
            if missing < best {
              best = missing
              how = 2
            }
            let extra = cost[(i - 1) * width + j] + answerWeights[i - 1]
            if extra < best {
              best = extra
              how = 3
            }
            cost[here] = best
            move[here] = how
          case .slot:
            var best = cost[i * width + j - 1] + Self.missingSlotCost
            var how: Int32 = 4
            // Fill with the k characters before i; a filling never runs across noise. A filling
            // must beat leaving the slot out (so a model character is not taken for a name);
            // among equal fillings the longest wins.
            var bestFill = Double.infinity
            var fillLength = 0
            var k = 1
            while k <= min(maximumSlotLength, i) {
              let filled = cost[(i - k) * width + j - 1]
              if filled <= bestFill {
                bestFill = filled
                fillLength = k
              }
              if answer.hasBreak(before: i - k) { break }
              k += 1
            }
            if bestFill < best {
              best = bestFill
              how = 5 + Int32(fillLength)
            }
            let extra = cost[(i - 1) * width + j] + answerWeights[i - 1]
            if extra < best {
              best = extra
              how = 3
            }
            cost[here] = best
            move[here] = how
          }
        }
      }
    }

    // Free suffix: end where the whole model costs least, preferring the longest such answer
    // prefix so a final slot takes all its words.
    var end = 0
    for i in 0...n where cost[i * width + m] <= cost[end * width + m] { end = i }
    self.cost = cost[end * width + m]

    var steps: [Step] = []
    var i = end
    var j = m
    while j > 0 {
      let how = move[i * width + j]
      switch how {
      case 1:
        if case .character(let scalar, _) = tokens[j - 1].kind, answer.scalars[i - 1] == scalar {
          steps.append(.match(answer: i - 1, token: j - 1))
        } else {
          steps.append(.substitute(answer: i - 1, token: j - 1))
        }
        i -= 1
        j -= 1
      case 2, 4:
        steps.append(.missing(token: j - 1))
        j -= 1
      case 3:
        steps.append(.extra(answer: i - 1))
        i -= 1
      default:
        let k = Int(how - 5)
        steps.append(.slot(token: j - 1, answer: (i - k)..<i))
        i -= k
        j -= 1
      }
    }
    self.steps = steps.reversed()
  }
}
