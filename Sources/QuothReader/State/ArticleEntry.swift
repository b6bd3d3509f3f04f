import QuothAnalysis

/// One of the articles opened, as the list knows it: waiting for its analysis,
/// analysed, or unreadable. A folder of thousands lists at once as pending entries;
/// the analyses arrive one by one (`Action.analysed`).
public struct ArticleEntry: Hashable, Sendable {
  /// Where the article comes from: a path, `-` for standard input, or an address.
  public var source: String
  public var status: Status
  /// The title known before the article is read (a feed entry's); nil for files.
  public var listedTitle: String?

  public enum Status: Hashable, Sendable {
    /// Not analysed yet.
    case pending
    /// The analysed article (in the reader's compact form) and what the list shows of it.
    case analysed(ReaderDocument, ArticleSummary)
    /// The file could not be read; the reason is the error message.
    case failed(reason: String)
  }

  public init(source: String, status: Status = .pending, listedTitle: String? = nil) {
    self.source = source
    self.status = status
    self.listedTitle = listedTitle
  }

  /// An analysed entry for a document.
  public init(_ document: ReaderDocument) {
    self.init(
      source: document.article.source, status: .analysed(document, ArticleSummary(document)))
  }

  /// The analysed article; nil while pending or when it failed.
  public var document: ReaderDocument? {
    if case .analysed(let document, _) = status { return document }
    return nil
  }

  public var summary: ArticleSummary? {
    if case .analysed(_, let summary) = status { return summary }
    return nil
  }

  public var isPending: Bool {
    if case .pending = status { return true }
    return false
  }

  /// The file's name without its folder (the whole source for `-`).
  public var fileName: String {
    source.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? source
  }

  /// What names the entry until it is analysed: a feed entry's title, else the file name.
  public var name: String { listedTitle ?? fileName }
}

/// What the article list shows of an analysed article.
public struct ArticleSummary: Hashable, Sendable {
  public var title: String
  public var quotes: Int
  public var speakers: Int
  /// The most quoted speaker, with their quote count and colour.
  public var topSpeaker: ReaderDocument.SpeakerStats?
  /// Everyone quoted, most quoted first (for "articles quoting…" and the speakers
  /// across the list).
  public var quoted: [ReaderDocument.SpeakerStats]
  /// The date and the site as the article gives them (for sorting).
  public var date: String?
  public var site: String?

  public init(_ document: ReaderDocument) {
    title = document.title
    quotes = document.quotes.count
    speakers = document.speakers.count
    topSpeaker = document.speakers.first
    quoted = document.speakers
    date = document.article.date
    site = document.article.siteName
  }
}

/// How far the analysis of the opened articles has come.
public struct AnalysisProgress: Hashable, Sendable {
  public var total: Int
  public var analysed = 0
  public var failed = 0
  /// Whether the articles are analysed after the reader opens (the list shows the
  /// progress), rather than all before.
  public var inBackground = false

  /// Articles with a result (analysed or failed).
  public var finished: Int { analysed + failed }
  public var isComplete: Bool { finished >= total }
}
