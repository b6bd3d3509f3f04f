import Foundation
import GRDB

/// A quote of the library with its speaker and article.
public struct LibraryQuote: Hashable, Sendable, FetchableRecord {
  public var id: Int64
  public var articleId: Int64
  /// The quote's number in its article (1-based, reading order).
  public var number: Int
  public var text: String
  /// Where it starts in its article's text (Unicode scalars).
  public var start: Int
  public var speaker: String?
  /// `person`, `organisation` or `unnamed`; nil without a speaker.
  public var kind: String?
  public var confidence: Double?
  public var title: String?
  public var source: String
  public var url: String?
  public var site: String?
  public var published: String?
  public var added: Date

  /// Read by column position (in `columns`' order), which is several times faster than
  /// decoding by name.
  public init(row: Row) throws {
    id = row[0]
    articleId = row[1]
    number = row[2]
    text = row[3]
    start = row[4]
    speaker = row[5]
    kind = row[6]
    confidence = row[7]
    title = row[8]
    source = row[9]
    url = row[10]
    site = row[11]
    published = row[12]
    added = Date(storedSeconds: row[13])
  }

  static let columns = """
    quote.id, quote.articleId, quote.number, quote.text, quote.start, speaker.name AS speaker,
    speaker.kind AS kind, quote.confidence, article.title, article.source, article.url,
    article.site, article.published, \(Date.storedSeconds("article.added"))
    """
}

/// What `Library.quotes` keeps; every part given must hold.
public struct QuoteQuery: Hashable, Sendable {
  /// Any form of the speaker's name: "Azodi" finds "Sina Azodi".
  public var speaker: String?
  /// Words the quote contains (all of them, any order).
  public var search: String?
  /// Articles published (else added) on or after this date, `YYYY-MM-DD`.
  public var since: String?
  /// The site's name or the source's host, in part.
  public var site: String?
  /// Only the quotes of this article.
  public var articleId: Int64?

  public init(
    speaker: String? = nil, search: String? = nil, since: String? = nil, site: String? = nil,
    articleId: Int64? = nil
  ) {
    self.speaker = speaker
    self.search = search
    self.since = since
    self.site = site
    self.articleId = articleId
  }
}
