/// A news feed (RSS 2.0, RSS 1.0/RDF, Atom 1.0, JSON Feed 1.1) as quoth lists it.
public struct Feed: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case rss = "RSS 2.0"
    case rdf = "RSS 1.0"
    case atom = "Atom"
    case json = "JSON Feed"
  }

  public var kind: Kind
  /// The feed's own title (the site or the section); nil when it has none.
  public var title: String?
  /// The site the feed belongs to.
  public var link: String?
  public var entries: [FeedEntry]
  /// What libxml2 found wrong with the XML (read in recovery mode), if anything.
  public var problem: String?

  public init(
    kind: Kind, title: String?, link: String?, entries: [FeedEntry], problem: String? = nil
  ) {
    self.kind = kind
    self.title = title
    self.link = link
    self.entries = entries
    self.problem = problem
  }
}

/// One item of a feed.
public struct FeedEntry: Hashable, Sendable {
  public var title: String?
  /// The article's address (absolute when the feed's are resolvable).
  public var link: String?
  /// The publication date as ISO 8601, when the feed gives one quoth can read.
  public var date: String?
  public var author: String?
  /// The article itself when the feed carries it (`content:encoded`, Atom `content`,
  /// JSON Feed `content_html`/`content_text`): quoth reads it without fetching the link.
  public var content: Content?
  /// A short description (RSS `description`, Atom `summary`): read when there is neither
  /// content nor a link.
  public var summary: Content?

  public enum Content: Hashable, Sendable {
    case html(String)
    case text(String)
  }

  public init(
    title: String? = nil, link: String? = nil, date: String? = nil, author: String? = nil,
    content: Content? = nil, summary: Content? = nil
  ) {
    self.title = title
    self.link = link
    self.date = date
    self.author = author
    self.content = content
    self.summary = summary
  }
}

/// A feed address from a subscription list (OPML, newsboat's `urls`).
public struct Subscription: Hashable, Sendable {
  public var url: String
  public var title: String?

  public init(url: String, title: String? = nil) {
    self.url = url
    self.title = title
  }
}

/// What a body from the web or a file turned out to hold, when it is not an article.
public enum FeedDocument: Sendable {
  case feed(Feed)
  case subscriptions([Subscription])
}

/// Why a feed could not be read.
public struct FeedError: Error, Equatable, Sendable, CustomStringConvertible {
  public var source: String
  public var reason: String

  public init(source: String, reason: String) {
    self.source = source
    self.reason = reason
  }

  public var description: String { "\(source): \(reason)" }
}
