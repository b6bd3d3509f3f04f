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
  private let queue = DispatchQueue(label: "quoth.library")
  // Guarded by `lock`.
  private let lock = NSLock()
  private var ids: [String: Int64] = [:]
  private var problem: String?

  init(library: Library, opensStored: Bool) {
    self.library = library
    self.opensStored = opensStored
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

  func keep(_ analysis: Analysis) -> LibraryMarks? {
    let source = analysis.article.source
    guard source != "-" else { return nil }
    var kept = analysis
    kept.article.source = LibraryAdd.librarySource(source)
    do {
      let id = try library.add(kept)
      remember(source, id)
      return try library.article(id: id).map(LibraryLink.marks)
    } catch {
      note(error)
      return nil
    }
  }

  func apply(_ requests: [LibraryRequest]) {
    guard !requests.isEmpty else { return }
    queue.async { [self] in
      for request in requests {
        do {
          switch request {
          case .opened(let source):
            if let id = id(of: source) { try library.markOpened(id: id) }
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
    LibraryMarks(position: row.position, unread: row.unread, starred: row.starred)
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
