/// A half-open range of Unicode scalar offsets into an article's analysed text.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { end <= start }

  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }
}

/// A range of the text together with the words it covers.
public struct TextSpan: Hashable, Sendable, Codable {
  public var start: Int
  public var end: Int
  public var text: String

  public init(start: Int, end: Int, text: String) {
    self.start = start
    self.end = end
    self.text = text
  }

  public var range: TextRange { TextRange(start, end) }
}
