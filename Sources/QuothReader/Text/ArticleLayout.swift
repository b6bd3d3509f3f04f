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

/// The article reflowed to a width: every display line, in order.
public struct ArticleLayout: Hashable, Sendable {
  public let width: Int
  public let lines: [LayoutLine]

  static let boilerplateIndent = 2

  /// Wraps every paragraph of `document` to `width` cells: words are kept whole where
  /// they fit, wide characters take two cells, a blank line separates paragraphs.
  public init(document: ReaderDocument, width: Int) {
    self.width = max(1, width)
    let article = document.analysis.article
    var paragraphs = article.paragraphs
    if paragraphs.isEmpty && !document.scalars.isEmpty {
      paragraphs = [Paragraph(start: 0, end: document.scalars.count, kind: .body)]
    }
    var lines: [LayoutLine] = []
    lines.reserveCapacity(document.scalars.count / max(8, self.width / 2))
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 {
        lines.append(LayoutLine(start: paragraph.start, end: paragraph.start, kind: nil, indent: 0))
      }
      let indent = paragraph.kind == .boilerplate ? ArticleLayout.boilerplateIndent : 0
      ArticleLayout.wrap(
        document.scalars, from: paragraph.start, to: paragraph.end,
        width: max(1, self.width - indent),
        kind: paragraph.kind, indent: indent, into: &lines)
    }
    self.lines = lines
  }

  static func wrap(
    _ scalars: [Unicode.Scalar], from start: Int, to end: Int, width: Int, kind: ParagraphKind,
    indent: Int, into lines: inout [LayoutLine]
  ) {
    var lineStart = -1
    var lineEnd = -1
    var lineWidth = 0
    var index = max(0, start)
    let end = min(end, scalars.count)
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
      while index < end && isSpace(scalars[index]) {
        if scalars[index] == "\t" {
          // A tab reaches the next stop, counted from the start of the line.
          let stop = TerminalText.tabWidth
          gap += stop - (lineWidth + gap) % stop
        } else {
          gap += 1
        }
        index += 1
      }
      if index >= end { break }
      // The word.
      let wordStart = index
      var wordWidth = 0
      while index < end && !isSpace(scalars[index]) {
        wordWidth += CellWidth.of(scalars[index])
        index += 1
      }
      if lineStart >= 0 && lineWidth + gap + wordWidth <= width {
        lineWidth += gap + wordWidth
        lineEnd = index
        continue
      }
      if lineStart >= 0 {
        lines.append(LayoutLine(start: lineStart, end: lineEnd, kind: kind, indent: indent))
      }
      // A word wider than the line is cut into pieces that fit.
      var pieceStart = wordStart
      var pieceWidth = 0
      var cursor = wordStart
      while cursor < index {
        let w = CellWidth.of(scalars[cursor])
        if pieceWidth + w > width && pieceWidth > 0 {
          lines.append(LayoutLine(start: pieceStart, end: cursor, kind: kind, indent: indent))
          pieceStart = cursor
          pieceWidth = 0
        }
        pieceWidth += w
        cursor += 1
      }
      lineStart = pieceStart
      lineEnd = index
      lineWidth = pieceWidth
    }
    if lineStart >= 0 {
      lines.append(LayoutLine(start: lineStart, end: lineEnd, kind: kind, indent: indent))
    }
    if lines.count == before {
      lines.append(LayoutLine(start: start, end: start, kind: kind, indent: indent))
    }
  }

  /// The index of the line that shows `offset` (the last line starting at or before it).
  public func lineIndex(containing offset: Int) -> Int {
    var low = 0
    var high = lines.count - 1
    if high < 0 { return 0 }
    while low < high {
      let mid = (low + high + 1) / 2
      if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }
}
