/// Cuts an article into sections of at most `length` scalars and `paragraphLimit`
/// paragraphs at paragraph ends, so that a huge file is analysed one section at a time in
/// bounded memory (a million one-letter lines are a million paragraphs in two megabytes).
/// A paragraph longer than a section is cut at a space. An ordinary article is one section.
struct ArticleSections: Sequence, IteratorProtocol {
  /// One section: a piece of the article with its own text and paragraphs, and where
  /// that text starts in the whole article.
  struct Section {
    var base: Int
    var article: Article
  }

  private let article: Article
  private let length: Int
  private let paragraphLimit: Int
  private let scalars: String.UnicodeScalarView
  private var paragraphIndex = 0
  /// Where the next section starts inside a paragraph that was cut (nil: at its start).
  private var resumeOffset: Int?
  /// A string index kept at `cursorOffset`, so each section is found by walking forward.
  private var cursor: String.Index
  private var cursorOffset = 0

  init(_ article: Article, length: Int, paragraphLimit: Int) {
    self.article = article
    self.length = Swift.max(1, length)
    self.paragraphLimit = Swift.max(1, paragraphLimit)
    scalars = article.text.unicodeScalars
    cursor = scalars.startIndex
  }

  mutating func next() -> Section? {
    let paragraphs = article.paragraphs
    guard paragraphIndex < paragraphs.count else { return nil }
    if paragraphIndex == 0, let first = paragraphs.first, let last = paragraphs.last,
      last.end - first.start <= length, paragraphs.count <= paragraphLimit
    {
      paragraphIndex = paragraphs.count
      return Section(base: 0, article: article)
    }
    let start = resumeOffset ?? paragraphs[paragraphIndex].start
    var pieces: [Paragraph] = []
    while paragraphIndex < paragraphs.count, pieces.count < paragraphLimit {
      var paragraph = paragraphs[paragraphIndex]
      paragraph.start = Swift.max(paragraph.start, start)
      if paragraph.end - start <= length {
        pieces.append(paragraph)
        paragraphIndex += 1
        resumeOffset = nil
        continue
      }
      if pieces.isEmpty {
        // A paragraph longer than a section on its own: cut it at a space.
        let cut = cutOffset(from: start)
        pieces.append(Paragraph(start: paragraph.start, end: cut, kind: paragraph.kind))
        resumeOffset = cut
      }
      break
    }
    let end = pieces.last?.end ?? start
    let lower = index(at: start)
    let upper = index(at: end)
    let text = String(scalars[lower..<upper])
    let shifted = pieces.map {
      Paragraph(start: $0.start - start, end: $0.end - start, kind: $0.kind)
    }
    let section = Article(
      source: article.source, format: article.format, text: text,
      paragraphs: shifted, body: TextRange(0, end - start))
    return Section(base: start, article: section)
  }

  /// Where to cut a paragraph that runs past the section starting at `start`: after the
  /// last space in the second half of the section, or at its end when there is none.
  private mutating func cutOffset(from start: Int) -> Int {
    let limit = start + length
    var offset = limit
    var position = index(at: limit)
    while offset > start + length / 2 {
      let before = scalars.index(before: position)
      if ScalarText.isWhitespace(scalars[before]) { return offset }
      position = before
      offset -= 1
    }
    return limit
  }

  /// The string index of a scalar offset (the end of the text for one past it). The
  /// cursor moves forward with the sections, so the walks add up to one pass.
  private mutating func index(at offset: Int) -> String.Index {
    let found =
      scalars.index(
        cursor, offsetBy: offset - cursorOffset,
        limitedBy: offset >= cursorOffset ? scalars.endIndex : scalars.startIndex)
      ?? (offset >= cursorOffset ? scalars.endIndex : scalars.startIndex)
    if offset > cursorOffset {
      cursor = found
      cursorOffset = offset
    }
    return found
  }
}
