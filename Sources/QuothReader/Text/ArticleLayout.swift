import QuothAnalysis

/// One display line of the article: a range of its text and how to show it.
public struct LayoutLine: Hashable, Sendable {
  /// Scalar offsets of the text on this line (start == end for a blank line).
  public var start: Int
  public var end: Int
  /// The paragraph's kind; nil for the blank line between paragraphs.
  public var kind: ParagraphKind?
  /// Cells before the text (boilerplate is indented behind a gutter mark).
  public var indent: Int
}

/// Display lines stored in columns: 9 bytes a line (a huge article has millions).
/// Offsets are kept as 32 bits: texts up to 4 G characters.
public struct LayoutLines: RandomAccessCollection, Hashable, Sendable {
  private var starts: [UInt32] = []
  private var ends: [UInt32] = []
  /// Index into `ParagraphKind.allCases` plus one; 0 for a blank line.
  private var kinds: [UInt8] = []

  public init() {}

  mutating func reserveCapacity(_ count: Int) {
    starts.reserveCapacity(count)
    ends.reserveCapacity(count)
    kinds.reserveCapacity(count)
  }

  /// Adds a line of `kind` (nil: blank); its indent follows from the kind.
  mutating func append(start: Int, end: Int, kind: ParagraphKind?) {
    starts.append(UInt32(clamping: start))
    ends.append(UInt32(clamping: end))
    kinds.append(kind.map { CompactCodes.code($0) + 1 } ?? 0)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { starts.count }

  public subscript(position: Int) -> LayoutLine {
    let code = kinds[position]
    let kind = code == 0 ? nil : CompactCodes.paragraphKinds[Int(code) - 1]
    return LayoutLine(
      start: Int(starts[position]), end: Int(ends[position]), kind: kind,
      indent: kind == .boilerplate ? ArticleLayout.boilerplateIndent : 0)
  }

  /// Where line `position` starts (quicker than the whole line).
  public func start(at position: Int) -> Int { Int(starts[position]) }
}

/// The article reflowed to a width: every display line, in order.
public struct ArticleLayout: Hashable, Sendable {
  public let width: Int
  public let lines: LayoutLines

  static let boilerplateIndent = 2

  /// No lines yet (laid out when the reader knows its width).
  static let empty = ArticleLayout(width: 0, lines: LayoutLines())

  private init(width: Int, lines: LayoutLines) {
    self.width = width
    self.lines = lines
  }

  /// Wraps every paragraph of `document` to `width` cells: words are kept whole where
  /// they fit, wide characters take two cells, a blank line separates paragraphs.
  public init(document: ReaderDocument, width: Int) {
    let width = max(1, width)
    self.width = width
    let text = document.text
    var paragraphs = document.article.paragraphs
    if paragraphs.isEmpty && !text.isEmpty {
      paragraphs = [Paragraph(start: 0, end: text.count, kind: .body)]
    }
    var lines = LayoutLines()
    // About one line for every half a line's width of text, and the blank ones.
    lines.reserveCapacity(text.count / max(8, width / 2) + paragraphs.count)
    text.withUTF8 { bytes in
      // The paragraphs follow each other: one walk through the bytes serves them all.
      var position = 0
      var offset = 0
      for (index, paragraph) in paragraphs.enumerated() {
        if index > 0 {
          lines.append(start: paragraph.start, end: paragraph.start, kind: nil)
        }
        let start = max(0, min(paragraph.start, text.count))
        if start < offset {
          position = text.utf8Offset(at: start)
          offset = start
        }
        while offset < start {
          position += IndexedText.decode(bytes, at: position).length
          offset += 1
        }
        let end = max(start, min(paragraph.end, text.count))
        let indent = paragraph.kind == .boilerplate ? ArticleLayout.boilerplateIndent : 0
        position = ArticleLayout.wrap(
          bytes, at: position, from: start, to: end, width: max(1, width - indent),
          kind: paragraph.kind, into: &lines)
        offset = end
      }
    }
    self.lines = lines
  }

  /// Wraps one paragraph, scalars `start..<end`, whose UTF-8 begins at `position` in
  /// `bytes`; returns where its end is in `bytes`.
  static func wrap(
    _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, from start: Int, to end: Int,
    width: Int, kind: ParagraphKind, into lines: inout LayoutLines
  ) -> Int {
    var lineStart = -1
    var lineEnd = -1
    var lineWidth = 0
    var index = start
    var position = position
    func isSpace(_ s: Unicode.Scalar) -> Bool {
      if s == " " { return true }
      if s.value > 0x20 && s.value < 0x7F { return false }
      switch TerminalText.form(of: s) {
      case .space, .tab: return true
      case .shown: return s.value >= 0xA0 && s.properties.isWhitespace
      default: return false
      }
    }
    let before = lines.count
    while index < end {
      // The gap before the next word.
      var gap = 0
      while index < end {
        let (scalar, length) = IndexedText.decode(bytes, at: position)
        guard isSpace(scalar) else { break }
        if scalar == "\t" {
          // A tab reaches the next stop, counted from the start of the line.
          let stop = TerminalText.tabWidth
          gap += stop - (lineWidth + gap) % stop
        } else {
          gap += 1
        }
        index += 1
        position += length
      }
      if index >= end { break }
      // The word (where it starts kept, to walk it again if it must be cut).
      let wordStart = index
      let wordPosition = position
      var wordWidth = 0
      while index < end {
        let (scalar, length) = IndexedText.decode(bytes, at: position)
        if isSpace(scalar) { break }
        wordWidth += CellWidth.of(scalar)
        index += 1
        position += length
      }
      if lineStart >= 0 && lineWidth + gap + wordWidth <= width {
        lineWidth += gap + wordWidth
        lineEnd = index
        continue
      }
      if lineStart >= 0 {
        lines.append(start: lineStart, end: lineEnd, kind: kind)
      }
      // A word wider than the line is cut into pieces that fit.
      var pieceStart = wordStart
      var pieceWidth = wordWidth
      if wordWidth > width {
        pieceWidth = 0
        var cursorPosition = wordPosition
        for cursor in wordStart..<index {
          let (scalar, length) = IndexedText.decode(bytes, at: cursorPosition)
          let w = CellWidth.of(scalar)
          if pieceWidth + w > width && pieceWidth > 0 {
            lines.append(start: pieceStart, end: cursor, kind: kind)
            pieceStart = cursor
            pieceWidth = 0
          }
          pieceWidth += w
          cursorPosition += length
        }
      }
      lineStart = pieceStart
      lineEnd = index
      lineWidth = pieceWidth
    }
    if lineStart >= 0 {
      lines.append(start: lineStart, end: lineEnd, kind: kind)
    }
    if lines.count == before {
      lines.append(start: start, end: start, kind: kind)
    }
    return position
  }

  /// The text offset that stands for line `index` in a place kept (`line(forPlace:)` is
  /// its way back): the line's start, but for the blank line between two paragraphs,
  /// which starts where the next paragraph does, the last offset of the space between them.
  public func placeOffset(ofLine index: Int) -> Int {
    guard lines.indices.contains(index) else { return 0 }
    let line = lines[index]
    guard line.kind == nil, index > 0, lines[index - 1].end < line.start else { return line.start }
    return line.start - 1
  }

  /// The line a place's offset stands for: the line that shows it, or the blank line
  /// after it when the offset falls in the space after its paragraph.
  public func line(forPlace offset: Int) -> Int {
    let index = lineIndex(containing: offset)
    guard lines.indices.contains(index + 1), lines[index + 1].kind == nil else { return index }
    let line = lines[index]
    return offset > line.start && offset >= line.end ? index + 1 : index
  }

  /// The index of the line that shows `offset` (the last line starting at or before it).
  public func lineIndex(containing offset: Int) -> Int {
    var low = 0
    var high = lines.count - 1
    if high < 0 { return 0 }
    while low < high {
      let mid = (low + high + 1) / 2
      if lines.start(at: mid) <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }
}
