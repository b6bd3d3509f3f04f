import Foundation
import QuothAnalysis
import QuothLibrary
import QuothReader

/// Connects the reader to the library: articles analysed are kept, the reader's changes
/// are made on a queue of their own (the terminal never waits for the database), and a
/// failure is said once on standard error when the reader closes.
final class LibraryLink: ReaderLibrary, @unchecked Sendable {
  let library: Library
  /// Whether the reader lists the library itself: its articles come from the store.
  private let opensStored: Bool
  /// How an article added when opened is read again, as the reader read it (a file, a
  /// URL, a feed entry).
  private let load: (String) throws -> ArticleLoader.Loaded
  private let queue = DispatchQueue(label: "quoth.library")
  // Guarded by `lock`.
  private let lock = NSLock()
  private var ids: [String: Int64] = [:]
  private var problem: String?

  init(
    library: Library, opensStored: Bool,
    load: @escaping (String) throws -> ArticleLoader.Loaded = { try ArticleLoader.load($0) }
  ) {
    self.library = library
    self.opensStored = opensStored
    self.load = load
  }

  /// The first thing that went wrong, for standard error.
  var firstProblem: String? {
    lock.lock()
    defer { lock.unlock() }
    return problem
  }

  func storedArticle(source: String, analyzer: Analyzer) throws -> (Analysis, LibraryMarks)? {
    guard opensStored, let row = try library.article(source: source) else { return nil }
    remember(source, row.id)
    let analysis =
      row.analysisVersion < Analyzer.version
      ? try library.reanalyse(id: row.id, with: analyzer) : try library.analysis(id: row.id)
    guard let analysis else { return nil }
    return (analysis, LibraryLink.marks(of: row))
  }

  func marks(source: String) -> LibraryMarks? {
    guard source != "-" else { return nil }
    do {
      guard let row = try library.article(source: LibraryAdd.librarySource(source)) else {
        return nil
      }
      remember(source, row.id)
      return LibraryLink.marks(of: row)
    } catch {
      note(error)
      return nil
    }
  }

  /// The article read from `source` added to the library (read again from its file or
  /// the web and analysed: the reader keeps only its compact form); nil for standard input
  /// and books.
  private func add(_ source: String) throws -> Int64? {
    guard source != "-" else { return nil }
    let loaded = try load(source)
    guard loaded.article.text.unicodeScalars.count <= Analyzer.sectionLength else { return nil }
    var article = loaded.article
    article.source = LibraryAdd.librarySource(source)
    let id = try library.add(Analyzer().analyze(article))
    remember(source, id)
    return id
  }

  func apply(_ requests: [LibraryRequest]) {
    guard !requests.isEmpty else { return }
    queue.async { [self] in
      for request in requests {
        do {
          switch request {
          case .opened(let source):
            if let id = try id(of: source) ?? add(source) { try library.markOpened(id: id) }
          case .position(let source, let offset):
            if let id = id(of: source) { try library.setPosition(id: id, offset: offset) }
          case .unread(let source, let unread):
            if let id = id(of: source) { try library.setUnread(id: id, unread) }
          case .starred(let source, let starred):
            if let id = id(of: source) { try library.setStarred(id: id, starred) }
          }
        } catch {
          note(error)
        }
      }
    }
  }

  func finish() {
    queue.sync {}
  }

  /// The marks of the library's rows, by their index in `sources` (for the list's first
  /// frame, before the articles load).
  func marks(for articles: [LibraryArticle]) -> [Action] {
    for article in articles { remember(article.source, article.id) }
    return articles.enumerated().map { .marked($0.offset, LibraryLink.marks(of: $0.element)) }
  }

  private static func marks(of row: LibraryArticle) -> LibraryMarks {
    LibraryMarks(
      position: row.position, unread: row.unread, starred: row.starred,
      added: dayString(row.added))
  }

  private func remember(_ source: String, _ id: Int64) {
    lock.lock()
    ids[source] = id
    lock.unlock()
  }

  private func id(of source: String) -> Int64? {
    lock.lock()
    defer { lock.unlock() }
    return ids[source]
  }

  private func note(_ error: Error) {
    lock.lock()
    if problem == nil { problem = "\(error)" }
    lock.unlock()
  }
}
