/// A message template (`{1} {2}: “{3}”`) split once into literal bytes and argument slots, so
/// that writing it a million times costs only the copying.
struct ByteTemplate: Sendable {
  enum Piece: Sendable {
    case literal([UInt8])
    case argument(Int)
  }

  let pieces: [Piece]

  init(_ template: String) {
    var pieces: [Piece] = []
    var literal: [UInt8] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      literal += rest[..<open].utf8
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"),
        let number = Int(rest[afterOpen..<close]), number >= 1
      {
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        literal = []
        pieces.append(.argument(number - 1))
        rest = rest[rest.index(after: close)...]
      } else {
        literal += "{".utf8
        rest = rest[afterOpen...]
      }
    }
    literal += rest.utf8
    if !literal.isEmpty { pieces.append(.literal(literal)) }
    self.pieces = pieces
  }
}
