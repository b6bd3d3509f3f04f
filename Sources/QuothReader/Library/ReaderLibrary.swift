import QuothAnalysis

/// What the library keeps of an article the reader shows: where it was left, read or
/// not, starred, when it was added.
public struct LibraryMarks: Hashable, Sendable {
  /// Where the reader left it: a text offset (Unicode scalars).
  public var position: Int
  public var unread: Bool
  public var starred: Bool
  /// The day the library added it (`YYYY-MM-DD`, UTC): its date when the article gives none.
  public var added: String?

  public init(position: Int = 0, unread: Bool = true, starred: Bool = false, added: String? = nil) {
    self.position = position
    self.unread = unread
    self.starred = starred
    self.added = added
  }
}

/// A change the reader asks of the library. `reduce` only queues them
/// (`Request.library` in `ReaderState.requests`); the front end hands them to
/// `ReaderLibrary.apply`, which makes them without keeping the reader waiting.
public enum LibraryRequest: Hashable, Sendable {
  /// The article was opened: now, and read (added to the library when new).
  case opened(source: String)
  /// Where the reader left the article (a text offset).
  case position(source: String, offset: Int)
  case unread(source: String, Bool)
  case starred(source: String, Bool)
}

/// The library as the reader sees it (the store lives in a target of its own; the
/// executable connects the two). Called from the background analysis's threads and the
/// terminal loop.
public protocol ReaderLibrary: Sendable {
  /// The stored article read from `source`, when the reader lists the library (and
  /// its marks); nil to read and analyse the source itself. An article an older quoth
  /// analysed is analysed again from its stored content.
  func storedArticle(source: String, analyzer: Analyzer) throws -> (Analysis, LibraryMarks)?
  /// The marks of the article read from `source` when the library keeps it already.
  func marks(source: String) -> LibraryMarks?
  /// Makes the reader's changes in the background (`.opened` adds an article the library
  /// does not keep yet).
  func apply(_ requests: [LibraryRequest])
  /// Waits until every change asked for is made (when the reader closes).
  func finish()
}
