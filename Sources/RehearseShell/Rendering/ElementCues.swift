import RehearseContent
import RehearseLocalization

/// How an element is detected, described for trainers (`elements --cues`, `show ID --cues`);
/// trainees never see this, so feedback teaches the behaviour rather than the trigger words.
enum ElementCues {
  static func describe(_ element: KeyElement, _ localize: Localizer) -> [String] {
    var lines: [String] = []
    if !element.any.isEmpty {
      lines.append(localize(.elementAnyOf, element.any.joined(separator: " / ")))
    }
    if !element.all.isEmpty {
      lines.append(localize(.elementAllOf, element.all.joined(separator: " + ")))
    }
    if !element.near.isEmpty {
      let groups = element.near.map { $0.joined(separator: "/") }.joined(separator: " … ")
      lines.append(localize(.elementNear, groups, element.within))
    }
    if !element.without.isEmpty {
      lines.append(localize(.elementWithout, element.without.joined(separator: " / ")))
    }
    if let quantity = element.quantity {
      let relation =
        switch quantity.relation {
        case .atMost: "≤"
        case .atLeast: "≥"
        case .exactly: "="
        }
      // Whole minutes as an integer; a value past the integer range as the number it is.
      let minutes = quantity.minutes
      let shown = abs(minutes) < 1e15 ? String(Int(minutes)) : String(minutes)
      lines.append(localize(.elementQuantity, relation, shown))
    }
    if element.negative { lines.append(localize(.elementNegative)) }
    return lines
  }
}
