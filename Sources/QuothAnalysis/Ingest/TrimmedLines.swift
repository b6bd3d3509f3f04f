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
  /// Whitespace is tested only before the line's first non-blank scalar and back from its
  /// end; in between, the bytes are only counted.
  @inline(__always)
  mutating func next() -> Line? {
    let bytes = self.bytes
    var byte = position.byte
    var offset = position.offset
    guard byte < bytes.count else { return nil }
    var first: Position?
    while byte < bytes.count {
      let (value, width) = ScalarText.decode(bytes, at: byte)
      if value == 0x0A { break }
      if !ScalarText.isWhitespace(value: value) {
        first = Position(offset: offset, byte: byte)
        break
      }
      byte += width
      offset += 1
    }
    // A line feed is never part of a longer UTF-8 sequence, and every other byte but a
    // continuation byte starts a scalar.
    while byte < bytes.count && bytes[byte] != 0x0A {
      if bytes[byte] & 0xC0 != 0x80 { offset += 1 }
      byte += 1
    }
    var end = Position(offset: offset, byte: byte)
    position = byte < bytes.count ? Position(offset: offset + 1, byte: byte + 1) : end
    guard let first else { return Line(start: end, end: end) }
    // Back over the trailing whitespace; the first non-blank scalar stops it.
    while true {
      var start = end.byte - 1
      while bytes[start] & 0xC0 == 0x80 { start -= 1 }
      guard ScalarText.isWhitespace(value: ScalarText.decode(bytes, at: start).value) else { break }
      end = Position(offset: end.offset - 1, byte: start)
    }
    return Line(start: first, end: end)
  }
}
