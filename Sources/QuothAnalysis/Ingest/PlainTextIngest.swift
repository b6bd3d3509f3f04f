/// Reads plain text into an `Article`: paragraphs, headings, a title and the
/// site furniture that trails many saved articles.
public enum PlainTextIngest {
  /// Builds an article from plain text. Offsets are Unicode scalars of `text` as given.
  /// The text is read in one pass over its scalars, without a copy: a huge file costs
  /// little more than its text.
  public static func article(from text: String, source: String) -> Article {
    let scalars = text.unicodeScalars
    let blocks = paragraphRanges(in: text)
    var paragraphs = blocks.map { Paragraph(start: $0.range.start, end: $0.range.end, kind: .body) }
    // Only the first paragraph can be a headline; a long one elsewhere is body text.
    let shapes = blocks.enumerated().map { index, block in
      LineShape(scalars[block.lower..<block.upper], count: block.range.length, fully: index == 0)
    }

    let boilerplateFrom = trailingBoilerplateStart(shapes)
    for index in boilerplateFrom..<paragraphs.count { paragraphs[index].kind = .boilerplate }

    var title: String?
    if let first = blocks.first, boilerplateFrom > 1, shapes[0].readsAsHeadline {
      paragraphs[0].kind = .title
      title = String(scalars[first.lower..<first.upper])
    }
    for index in paragraphs.indices where paragraphs[index].kind == .body {
      let isBetweenParagraphs = index > 0 && index + 1 < boilerplateFrom
      if isBetweenParagraphs && shapes[index].readsAsHeading && !shapes[index + 1].readsAsHeading {
        paragraphs[index].kind = .heading
      }
    }
    let kept = paragraphs.prefix(boilerplateFrom)
    let body = TextRange(kept.first?.start ?? 0, kept.last?.end ?? 0)
    return Article(
      source: source, format: .text, text: text, title: title, paragraphs: paragraphs, body: body)
  }

  /// A line or paragraph without the whitespace around it: its scalar offsets and the
  /// matching string indices.
  struct TextLine {
    var range: TextRange
    var lower: String.Index
    var upper: String.Index
  }

  /// Splits text into paragraphs: one per line, or blocks separated by blank lines
  /// when the text is hard-wrapped (most blocks span several lines).
  static func paragraphRanges(in text: String) -> [TextLine] {
    let lines = trimmedLines(of: text)
    // Blocks of non-blank lines, as ranges of `lines`.
    var blocks: [Range<Int>] = []
    var blockStart: Int?
    for (index, line) in lines.enumerated() {
      if line.range.isEmpty {
        if let start = blockStart { blocks.append(start..<index) }
        blockStart = nil
      } else if blockStart == nil {
        blockStart = index
      }
    }
    if let start = blockStart { blocks.append(start..<lines.count) }
    // Hard-wrapped text: most blocks span several lines, and the lines are short.
    let multiLine = blocks.filter { $0.count > 1 }.count
    let longLines = lines.filter { $0.range.length > 120 }.count
    let hardWrapped =
      blocks.count >= 2 && multiLine * 2 > blocks.count && longLines * 10 < lines.count
    if hardWrapped {
      return blocks.map { block in
        let (first, last) = (lines[block.lowerBound], lines[block.upperBound - 1])
        return TextLine(
          range: TextRange(first.range.start, last.range.end), lower: first.lower, upper: last.upper
        )
      }
    }
    return lines.filter { !$0.range.isEmpty }
  }

  /// Every line of the text, trimmed; a blank line is an empty range.
  private static func trimmedLines(of text: String) -> [TextLine] {
    let scalars = text.unicodeScalars
    var lines: [TextLine] = []
    var offset = 0
    var index = scalars.startIndex
    // The first and one past the last non-blank scalar of the line so far.
    var first: (offset: Int, index: String.Index)?
    var last = (offset: 0, index: index)
    var lineIsOpen = false
    while index != scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if scalar == "\n" {
        lines.append(line(first: first, last: last, blankAt: (offset, index)))
        first = nil
        lineIsOpen = false
      } else {
        lineIsOpen = true
        if !ScalarText.isWhitespace(scalar) {
          if first == nil { first = (offset, index) }
          last = (offset + 1, next)
        }
      }
      index = next
      offset += 1
    }
    if lineIsOpen { lines.append(line(first: first, last: last, blankAt: (offset, index))) }
    return lines
  }

  /// A trimmed line from its first and last non-blank scalars; nil `first`: a blank line.
  private static func line(
    first: (offset: Int, index: String.Index)?, last: (offset: Int, index: String.Index),
    blankAt blank: (offset: Int, index: String.Index)
  ) -> TextLine {
    guard let first else {
      return TextLine(
        range: TextRange(blank.offset, blank.offset), lower: blank.index, upper: blank.index)
    }
    return TextLine(
      range: TextRange(first.offset, last.offset), lower: first.index, upper: last.index)
  }

  /// Index of the first paragraph of the run of furniture at the end of the text
  /// (teasers of other stories ending in "…", credits, "Read more"), or the
  /// paragraph count when there is none.
  static func trailingBoilerplateStart(_ shapes: [LineShape]) -> Int {
    var start = shapes.count
    var teasers = 0
    while start > 0 {
      let shape = shapes[start - 1]
      if shape.isFurniture {
        start -= 1
      } else if shape.isTeaser {
        teasers += 1
        start -= 1
      } else {
        break
      }
    }
    // A single truncated line may just be how the article ends; a run of them is not.
    if teasers == 1 && start < shapes.count
      && shapes[start..<shapes.count].allSatisfy({ $0.isTeaser })
    {
      return shapes.count
    }
    return start
  }
}
