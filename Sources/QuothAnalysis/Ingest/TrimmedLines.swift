/// The lines of UTF-8 text one at a time, each without the whitespace around it: where
/// its first non-blank scalar starts and its last one ends, as scalar and byte offsets.
/// A blank line is an empty span where its line break is (or where the text ends).
struct TrimmedLines {
  /// A position in the text: its scalar offset and its byte offset.
  struct Position {
    var offset: Int
    var byte: Int
  }

  /// One trimmed line: `start..<end`, empty when the line is blank.
  struct Line {
    var start: Position
    var end: Position
    var isBlank: Bool { start.offset == end.offset }
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = Position(offset: 0, byte: 0)

  /// The lines of `bytes`, valid UTF-8 (a Swift string's).
  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The next line; nil after the last (a line break that ends the text starts no line).
  @inline(__always)
  mutating func next() -> Line? {
    guard position.byte < bytes.count else { return nil }
    var first: Position?
    var last = position
    while position.byte < bytes.count {
      let (value, width) = ScalarText.decode(bytes, at: position.byte)
      if value == 0x0A {
        let line = Self.line(first: first, last: last, blankAt: position)
        position.byte += 1
        position.offset += 1
        return line
      }
      if !ScalarText.isWhitespace(value: value) {
        if first == nil { first = position }
        last = Position(offset: position.offset + 1, byte: position.byte + width)
      }
      position.byte += width
      position.offset += 1
    }
    return Self.line(first: first, last: last, blankAt: position)
  }

  @inline(__always)
  private static func line(first: Position?, last: Position, blankAt blank: Position) -> Line {
    guard let first else { return Line(start: blank, end: blank) }
    return Line(start: first, end: last)
  }
}
