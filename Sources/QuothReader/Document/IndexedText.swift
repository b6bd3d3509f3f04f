/// An article's text kept as its `String` (UTF-8) and addressed by Unicode scalar
/// offsets through a sparse index: the byte position of every `stride`-th scalar.
///
/// An array of scalars would take four bytes a character; this takes the string plus
/// about one byte in eight for the index, and finds an offset by walking at most
/// `stride - 1` scalars from the nearest mark.
public struct IndexedText: Hashable, Sendable {
  /// The text.
  public let string: String
  /// How many scalars the text has.
  public let count: Int
  /// The UTF-8 offset of scalar `k * stride`, for every k.
  private let marks: [Int]

  static let stride = 64

  public init(_ string: String) {
    var string = string
    string.makeContiguousUTF8()
    var marks: [Int] = []
    var count = 0
    func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
      var position = 0
      for byte in bytes {
        // Every byte but a continuation byte starts a scalar.
        if byte & 0xC0 != 0x80 {
          if count & (IndexedText.stride - 1) == 0 { marks.append(position) }
          count += 1
        }
        position += 1
      }
    }
    marks.reserveCapacity(string.utf8.count / IndexedText.stride + 1)
    if string.utf8.withContiguousStorageIfAvailable({ scan($0) }) == nil { scan(string.utf8) }
    self.string = string
    self.count = count
    self.marks = marks
  }

  public static func == (a: IndexedText, b: IndexedText) -> Bool { a.string == b.string }

  public func hash(into hasher: inout Hasher) { hasher.combine(string) }

  public var isEmpty: Bool { count == 0 }

  /// The string index of a scalar offset, clamped to the text (`count`: its end).
  public func index(at offset: Int) -> String.Index {
    let offset = max(0, min(offset, count))
    let mark = offset / IndexedText.stride
    guard mark < marks.count else { return string.endIndex }
    let utf8 = string.utf8
    let marked = utf8.index(utf8.startIndex, offsetBy: marks[mark])
    return string.unicodeScalars.index(marked, offsetBy: offset - mark * IndexedText.stride)
  }

  /// The UTF-8 position of a scalar offset, clamped to the text.
  public func utf8Offset(at offset: Int) -> Int {
    string.utf8.distance(from: string.utf8.startIndex, to: index(at: offset))
  }

  /// Calls `body` with the text's UTF-8 bytes (see `decode` to read scalars from them).
  public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(string.utf8).withUnsafeBufferPointer(body)
  }

  /// The scalar that starts at `position` in valid UTF-8, and how many bytes it takes:
  /// quicker than a string's scalar iterator where every character counts.
  @inline(__always)
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (
    scalar: Unicode.Scalar, length: Int
  ) {
    let lead = bytes[position]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
    var value = UInt32(lead) & (0x7F >> length)
    for k in 1..<length { value = value << 6 | UInt32(bytes[position + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The scalars between two offsets (clamped to the text).
  public func scalars(from start: Int, to end: Int) -> Substring.UnicodeScalarView {
    let lower = index(at: start)
    let upper = end <= start ? lower : index(at: end)
    return string.unicodeScalars[lower..<upper]
  }

  /// The scalar at `offset` (which must be inside the text).
  public subscript(offset: Int) -> Unicode.Scalar {
    precondition(offset >= 0 && offset < count, "offset \(offset) outside the text")
    return string.unicodeScalars[index(at: offset)]
  }

  /// The text between two scalar offsets (clamped to the text).
  public func text(_ start: Int, _ end: Int) -> String {
    String(Substring(scalars(from: start, to: end)))
  }
}
