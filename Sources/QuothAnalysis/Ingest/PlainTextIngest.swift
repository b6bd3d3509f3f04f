/// Reads plain text into an `Article`: paragraphs, headings, a title and the
/// site furniture that trails many saved articles.
public enum PlainTextIngest {
  /// Builds an article from plain text. Offsets are Unicode scalars of `text` as given.
  public static func article(from text: String, source: String) -> Article {
    let scalars = ScalarText.scalars(of: text)
    let blocks = paragraphRanges(in: scalars)
    var paragraphs = blocks.map { Paragraph(start: $0.start, end: $0.end, kind: .body) }
    // Only the first paragraph can be a headline; a long one elsewhere is body text.
    let shapes = blocks.enumerated().map { index, range in
      LineShape(scalars[range.start..<range.end], fully: index == 0)
    }

    let boilerplateFrom = trailingBoilerplateStart(shapes)
    for index in boilerplateFrom..<paragraphs.count { paragraphs[index].kind = .boilerplate }

    var title: String?
    if let first = shapes.first, boilerplateFrom > 1, first.readsAsHeadline {
      paragraphs[0].kind = .title
      title = String(String.UnicodeScalarView(scalars[blocks[0].start..<blocks[0].end]))
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

  /// Splits text into paragraphs: one per line, or blocks separated by blank lines
  /// when the text is hard-wrapped (most blocks span several lines).
  static func paragraphRanges(in scalars: [Unicode.Scalar]) -> [TextRange] {
    var lines: [TextRange] = []
    var lineStart = 0
    for index in scalars.indices where scalars[index] == "\n" {
      lines.append(trimmed(TextRange(lineStart, index), in: scalars))
      lineStart = index + 1
    }
    if lineStart < scalars.count {
      lines.append(trimmed(TextRange(lineStart, scalars.count), in: scalars))
    }
    var blocks: [[TextRange]] = [[]]
    for line in lines {
      if line.isEmpty {
        if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
      } else {
        blocks[blocks.count - 1].append(line)
      }
    }
    blocks.removeAll { $0.isEmpty }
    // Hard-wrapped text: most blocks span several lines, and the lines are short.
    let multiLine = blocks.filter { $0.count > 1 }.count
    let longLines = lines.filter { $0.length > 120 }.count
    let hardWrapped =
      blocks.count >= 2 && multiLine * 2 > blocks.count && longLines * 10 < lines.count
    if hardWrapped {
      return blocks.map { TextRange($0.first!.start, $0.last!.end) }
    }
    return blocks.flatMap { $0 }
  }

  private static func trimmed(_ range: TextRange, in scalars: [Unicode.Scalar]) -> TextRange {
    var start = range.start
    var end = range.end
    while start < end && ScalarText.isWhitespace(scalars[start]) { start += 1 }
    while end > start && ScalarText.isWhitespace(scalars[end - 1]) { end -= 1 }
    return TextRange(start, end)
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
