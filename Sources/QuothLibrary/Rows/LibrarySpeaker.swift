import Foundation
import GRDB

/// Someone quoted in the library, across every article.
public struct LibrarySpeaker: Hashable, Sendable, FetchableRecord {
  public var id: Int64
  /// The canonical name (the fullest form the articles use).
  public var name: String
  /// `person`, `organisation` or `unnamed`.
  public var kind: String
  public var quotes: Int
  public var articles: Int
  /// The latest date quoted: the article's publication date, else when it was added.
  public var lastQuoted: String

  /// Read by column position (id, name, kind, quotes, articles, lastQuoted).
  public init(row: Row) throws {
    id = row[0]
    name = row[1]
    kind = row[2]
    quotes = row[3]
    articles = row[4]
    lastQuoted = row[5]
  }
}
