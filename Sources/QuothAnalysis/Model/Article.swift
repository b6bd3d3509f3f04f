/// The kind of a paragraph, as the ingest step classified it.
public enum ParagraphKind: String, Sendable, Codable, CaseIterable {
  case title, byline, heading, body, boilerplate
}

/// One paragraph of an article: a range of its text and what it is.
public struct Paragraph: Hashable, Sendable, Codable {
  public var start: Int
  public var end: Int
  public var kind: ParagraphKind

  public init(start: Int, end: Int, kind: ParagraphKind) {
    self.start = start
    self.end = end
    self.kind = kind
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
  public var byline: String?
  public var date: String?
  public var siteName: String?
  public var paragraphs: [Paragraph]
  /// The article proper: from its first to its last non-boilerplate paragraph.
  public var body: TextRange

  public init(
    source: String, format: SourceFormat, text: String, title: String? = nil,
    byline: String? = nil, date: String? = nil, siteName: String? = nil,
    paragraphs: [Paragraph], body: TextRange
  ) {
    self.source = source
    self.format = format
    self.text = text
    self.title = title
    self.byline = byline
    self.date = date
    self.siteName = siteName
    self.paragraphs = paragraphs
    self.body = body
  }
}
