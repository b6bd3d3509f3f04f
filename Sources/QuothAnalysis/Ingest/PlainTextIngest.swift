/// Reads plain text into an `Article`: paragraphs, headings, a title and the
/// site furniture that trails many saved articles.
public enum PlainTextIngest {
  /// Builds an article from plain text. Offsets are Unicode scalars of `text` as given.
  /// The text is read in two passes over its scalars, without a copy or a list of its
  /// lines; each paragraph's kind is settled as the next one is read, so only the packed
  /// paragraphs are kept (two bytes for a one-letter line).
  public static func article(from text: String, source: String) -> Article {
    let scalars = text.unicodeScalars
    var paragraphs = ParagraphList()
    var headline: String?
    // The paragraph read last: a heading when the next one does not read as one.
    var previous: (paragraph: Paragraph, readsAsHeading: Bool)?
    var furniture = TrailingFurniture()
    forEachParagraph(in: text) { block, count in
      if previous == nil { paragraphs.reserveCapacity(count) }
      // Only the first paragraph can be a headline; a long one elsewhere is body text.
      let line = scalars[block.lower..<block.upper]
      let count = block.range.length
      let fully = previous == nil
      // A short line is read scalar by scalar: decoded once into an array for that.
      let shape =
        count <= LineShape.longestRead(fully: fully)
        ? LineShape(ScalarText.scalars(of: Substring(line)), count: count, fully: fully)
        : LineShape(line, count: count, fully: fully)
      if previous == nil && shape.readsAsHeadline {
        headline = String(line)
      }
      if var last = previous {
        if !paragraphs.isEmpty && last.readsAsHeading && !shape.readsAsHeading {
          last.paragraph.kind = .heading
        }
        paragraphs.append(last.paragraph)
      }
      previous = (
        Paragraph(start: block.range.start, end: block.range.end, kind: .body),
        shape.readsAsHeading
      )
      furniture.add(ParagraphLook(shape))
    }
    if let last = previous { paragraphs.append(last.paragraph) }

    let boilerplateFrom = furniture.start
    // The story's last paragraph is never a heading: nothing of the story follows it.
    if boilerplateFrom > 0 && paragraphs[boilerplateFrom - 1].kind == .heading {
      paragraphs[boilerplateFrom - 1].kind = .body
    }
    for index in boilerplateFrom..<paragraphs.count { paragraphs[index].kind = .boilerplate }
    var title: String?
    if let headline, boilerplateFrom > 1 {
      paragraphs[0].kind = .title
      title = headline
    }
    let body =
      boilerplateFrom == 0
      ? TextRange(0, 0) : TextRange(paragraphs[0].start, paragraphs[boilerplateFrom - 1].end)
    var article = Article(
      source: source, format: .text, text: text, title: title, paragraphs: paragraphs, body: body)
    article.links = ArticleLink.bareAddresses(in: text)
    return article
  }

  /// The run of furniture at the end of the text (teasers of other stories ending in
  /// "…", credits, "Read more"), followed paragraph by paragraph.
  struct TrailingFurniture {
    /// Paragraphs so far.
    private(set) var count = 0
    /// The first paragraph of the run at the end so far.
    private var runStart = 0
    private var teasers = 0
    private var allTeasers = true

    mutating func add(_ look: ParagraphLook) {
      count += 1
      if look.isFurniture || look.isTeaser {
        if !look.isFurniture { teasers += 1 }
        allTeasers = allTeasers && look.isTeaser
      } else {
        runStart = count
        teasers = 0
        allTeasers = true
      }
    }

    /// Index of the run's first paragraph, or the paragraph count when there is none.
    /// A single truncated line may just be how the article ends; a run of them is not.
    var start: Int {
      teasers == 1 && runStart < count && allTeasers ? count : runStart
    }
  }

  /// What ingest needs to know of a paragraph's `LineShape`, in one byte.
  struct ParagraphLook {
    var readsAsHeading: Bool
    var isFurniture: Bool
    var isTeaser: Bool

    init(_ shape: LineShape) {
      readsAsHeading = shape.readsAsHeading
      isFurniture = shape.isFurniture
      isTeaser = shape.isTeaser
    }
  }

  /// A line or paragraph without the whitespace around it: its scalar offsets and the
  /// matching string indices.
  struct TextLine {
    var range: TextRange
    var lower: String.Index
    var upper: String.Index
  }

  /// Hands each paragraph of the text to `body` in order, with how many there are: one
  /// per line, or blocks separated by blank lines when the text is hard-wrapped (most
  /// blocks span several lines, and the lines are short). Two passes over the text: the
  /// first only counts, over its UTF-8, so no list of lines is ever made.
  static func forEachParagraph(in text: String, _ body: (TextLine, _ count: Int) -> Void) {
    let (lines, longLines, nonBlankLines, blocks, multiLine) = lineCounts(of: text)
    let hardWrapped = blocks >= 2 && multiLine * 2 > blocks && longLines * 10 < lines
    guard hardWrapped else {
      forEachTrimmedLine(of: text) { line in
        if !line.range.isEmpty { body(line, nonBlankLines) }
      }
      return
    }
    var block: (first: TextLine, last: TextLine)?
    func emitBlock() {
      guard let open = block else { return }
      let range = TextRange(open.first.range.start, open.last.range.end)
      body(TextLine(range: range, lower: open.first.lower, upper: open.last.upper), blocks)
      block = nil
    }
    forEachTrimmedLine(of: text) { line in
      if line.range.isEmpty {
        emitBlock()
      } else {
        block = (block?.first ?? line, line)
      }
    }
    emitBlock()
  }

  /// How many lines the text has (a blank one included), how many of them are longer
  /// than 120 scalars once trimmed and how many are not blank; how many blocks of
  /// non-blank lines, and how many of those span several lines. Read straight from the
  /// UTF-8, as `forEachTrimmedLine` would see the lines.
  private static func lineCounts(of text: String) -> (
    lines: Int, longLines: Int, nonBlankLines: Int, blocks: Int, multiLine: Int
  ) {
    var text = text
    return text.withUTF8 { bytes in
      var counts = (lines: 0, longLines: 0, nonBlankLines: 0, blocks: 0, multiLine: 0)
      var linesInBlock = 0
      func endBlock() {
        if linesInBlock > 0 { counts.blocks += 1 }
        if linesInBlock > 1 { counts.multiLine += 1 }
        linesInBlock = 0
      }
      var lines = TrimmedLines(bytes)
      while let line = lines.next() {
        counts.lines += 1
        if line.isBlank {
          endBlock()
        } else {
          if line.end.offset - line.start.offset > 120 { counts.longLines += 1 }
          counts.nonBlankLines += 1
          linesInBlock += 1
        }
      }
      endBlock()
      return counts
    }
  }

  /// Hands every line of the text to `body`, trimmed; a blank line is an empty range.
  /// Read straight from the UTF-8; the string indices are made from byte offsets.
  private static func forEachTrimmedLine(of text: String, _ body: (TextLine) -> Void) {
    let view = text.utf8
    var text = text
    text.withUTF8 { bytes in
      var lines = TrimmedLines(bytes)
      while let line = lines.next() {
        let lower = view.index(view.startIndex, offsetBy: line.start.byte)
        let upper = line.isBlank ? lower : view.index(view.startIndex, offsetBy: line.end.byte)
        body(
          TextLine(
            range: TextRange(line.start.offset, line.end.offset), lower: lower, upper: upper))
      }
    }
  }
}
