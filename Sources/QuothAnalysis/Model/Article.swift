/// The kind of a paragraph, as the ingest step classified it.
public enum ParagraphKind: String, Sendable, Codable, CaseIterable {
  case title, byline, heading, body, boilerplate
}

/// One paragraph of an article: a range of its text and what it is. An article keeps its
/// paragraphs packed in a `ParagraphList`; the offsets are kept in 32 bits (inputs are far
/// below 4 billion scalars, see `InputLimits.largestMaxBytes`).
public struct Paragraph: Hashable, Sendable, Codable {
  private var storedStart: UInt32
  private var storedEnd: UInt32
  public var kind: ParagraphKind

  public var start: Int {
    get { Int(storedStart) }
    set { storedStart = UInt32(newValue) }
  }
  public var end: Int {
    get { Int(storedEnd) }
    set { storedEnd = UInt32(newValue) }
  }

  public init(start: Int, end: Int, kind: ParagraphKind) {
    storedStart = UInt32(start)
    storedEnd = UInt32(end)
    self.kind = kind
  }

  private enum CodingKeys: String, CodingKey {
    case storedStart = "start"
    case storedEnd = "end"
    case kind
  }

  public var range: TextRange { TextRange(start, end) }
}

/// The format an article was read from.
public enum SourceFormat: String, Sendable, Codable, CaseIterable {
  case text, markdown, html
}

/// An article ready for analysis: its text and the structure ingest found in it.
///
/// All offsets count Unicode scalars of `text`.
public struct Article: Hashable, Sendable {
  /// Where the article came from: a path, or `-` for standard input.
  public var source: String
  public var format: SourceFormat
  public var text: String
  public var title: String?
  /// The authors' names as one line ("A, B and C").
  public var byline: String?
  /// The authors' names, without "By", job titles or addresses.
  public var authors: [String]
  /// The publication date, ISO 8601 (`2024-03-05`, `2024-03-05T14:30:00-05:00`).
  public var date: String?
  public var siteName: String?
  /// The page's canonical address.
  public var url: String?
  /// The language tag the page declares (`en`, `en-GB`).
  public var lang: String?
  public var paragraphs: ParagraphList
  /// The article proper: from its first to its last non-boilerplate paragraph.
  public var body: TextRange
  /// The links inside the story (HTML and Markdown links, bare addresses in text).
  public var links: [ArticleLink] = []

  public init(
    source: String, format: SourceFormat, text: String, title: String? = nil,
    byline: String? = nil, authors: [String] = [], date: String? = nil, siteName: String? = nil,
    url: String? = nil, lang: String? = nil, paragraphs: some Sequence<Paragraph>,
    body: TextRange
  ) {
    self.source = source
    self.format = format
    self.text = text
    self.title = title
    self.byline = byline
    self.authors = authors
    self.date = date
    self.siteName = siteName
    self.url = url
    self.lang = lang
    self.paragraphs = paragraphs as? ParagraphList ?? ParagraphList(paragraphs)
    self.body = body
  }
}
