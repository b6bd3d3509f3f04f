import Foundation
import GRDB

/// One article of the library as lists show it (without its content or analysis).
public struct LibraryArticle: Hashable, Sendable, FetchableRecord {
  public var id: Int64
  /// Where it was read from: a path or a URL.
  public var source: String
  public var url: String?
  public var title: String?
  public var site: String?
  /// The publication date the article gives (ISO 8601), if any.
  public var published: String?
  public var quoteCount: Int
  public var speakerCount: Int
  public var added: Date
  /// When the reader last opened it.
  public var opened: Date?
  /// Where the reader left it: a text offset (Unicode scalars).
  public var position: Int
  public var unread: Bool
  public var starred: Bool
  /// The analysis version that produced the stored analysis.
  public var analysisVersion: Int

  /// Read by column position (in `columns`' order): ten thousand rows in a few
  /// milliseconds, where decoding by name takes several times as long.
  public init(row: Row) throws {
    id = row[0]
    source = row[1]
    url = row[2]
    title = row[3]
    site = row[4]
    published = row[5]
    quoteCount = row[6]
    speakerCount = row[7]
    added = Date(storedSeconds: row[8])
    opened = (row[9] as Double?).map(Date.init(storedSeconds:))
    position = row[10]
    unread = row[11]
    starred = row[12]
    analysisVersion = row[13]
  }

  /// The columns read for a list row.
  static let columns = """
    article.id, source, url, title, site, published, quoteCount, speakerCount,
    \(Date.storedSeconds("added")), \(Date.storedSeconds("opened")), position, unread, starred,
    analysisVersion
    """
}

extension Date {
  /// SQL for a stored date (GRDB's `YYYY-MM-DD HH:MM:SS.SSS`, UTC) as seconds since 1970,
  /// which rows read as a number: decoding the text goes through `Calendar`, and took most
  /// of the time of a list of ten thousand articles.
  static func storedSeconds(_ column: String) -> String {
    "(julianday(\(column)) - 2440587.5) * 86400.0"
  }

  /// The date of `storedSeconds`, to the millisecond that was stored.
  init(storedSeconds seconds: Double) {
    self.init(timeIntervalSince1970: (seconds * 1000).rounded() / 1000)
  }
}

/// How `Library.articles` orders them.
public enum LibrarySort: String, Sendable, CaseIterable {
  /// Newest first: the publication date, else when it was added.
  case date
  case site, title
  /// Most quotes first.
  case quotes
  /// Most recently added first.
  case added

  var orderBy: String {
    switch self {
    case .date: "COALESCE(published, added) DESC, id DESC"
    case .site: "site IS NULL, site COLLATE NOCASE, COALESCE(published, added) DESC"
    case .title: "title IS NULL, title COLLATE NOCASE, id"
    case .quotes: "quoteCount DESC, id DESC"
    case .added: "added DESC, id DESC"
    }
  }
}
