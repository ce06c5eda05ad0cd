import Yams

/// One parsed content file: its display path and its root node.
struct YAMLFile {
  let path: String
  let root: Node?

  func location(_ mark: Mark?) -> SourceLocation {
    SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func location(of node: Node) -> SourceLocation {
    location(node.mark)
  }
}

extension Node {
  /// The shape of the value, for type errors.
  var shape: ValueShape {
    switch self {
    case .mapping: return .mapping
    case .sequence: return .list
    case .alias: return .text
    case .scalar(let scalar):
      switch ScalarType(scalar) {
      case .null: return .empty
      case .boolean: return .boolean
      case .integer, .float: return .number
      case .timestamp, .text: return .text
      }
    }
  }

  /// The value of a boolean scalar (`true`, `yes`, `off`, …), resolved without Yams' regexes.
  var booleanValue: Bool? {
    guard case .scalar(let scalar) = self, case .boolean(let value) = ScalarType(scalar) else {
      return nil
    }
    return value
  }

  /// Counts nodes depth-first, stopping at `limit`: aliases are expanded by the composer, so a
  /// small file can describe an enormous tree (the "billion laughs").
  func exceedsNodeCount(_ limit: Int) -> Bool {
    var budget = limit
    var stack: [Node] = [self]
    while let node = stack.popLast() {
      budget -= 1
      if budget < 0 { return true }
      switch node {
      case .mapping(let mapping):
        for (key, value) in mapping {
          stack.append(key)
          stack.append(value)
        }
      case .sequence(let sequence):
        stack.append(contentsOf: sequence)
      case .scalar, .alias:
        break
      }
    }
    return false
  }
}
