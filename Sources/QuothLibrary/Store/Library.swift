import Foundation
import GRDB
import QuothAnalysis

/// The library of everything read: one SQLite database (WAL, a busy timeout, so that
/// several quoth processes share it) holding each article's content as read, its
/// analysis as `quoth analyze` JSON under the analysis version that made it, its quotes
/// and speakers as rows to query, full-text indexes, and the reading state.
///
/// Every change is one transaction: a crash leaves each article either wholly in or out.
/// A file that is not a database, or is corrupt, is reported and never written to.
public final class Library: Sendable {
  /// The database file.
  public let path: String
  let pool: DatabasePool

  /// Opens (or creates) the library at `path`, bringing an older schema up to date.
  public init(path: String) throws {
    self.path = path
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw LibraryError(path: path, reason: "cannot create its folder \(folder)")
    }
    try Library.checkHeader(of: path)
    var configuration = Configuration()
    // Another quoth adding articles holds the write lock for one article at a time.
    configuration.busyMode = .timeout(10)
    configuration.prepareDatabase { db in
      // With WAL, a crash loses nothing committed; only a power cut may lose the last.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      let migrator = LibrarySchema.migrator
      if try pool.read(migrator.hasBeenSuperseded) {
        throw LibraryError(
          path: path, reason: "made by a newer quoth (its schema is unknown to this one)")
      }
      try Library.migrate(pool, with: migrator)
    } catch let error as LibraryError {
      throw error
    } catch {
      throw LibraryError(path: path, reason: Library.reason(for: error))
    }
  }

  /// Opens the library where the environment says (`LibraryLocation`).
  public convenience init(environment: [String: String]) throws {
    try self.init(path: LibraryLocation.path(environment: environment))
  }

  /// Adds an analysed article, or replaces the content and analysis of the one read from
  /// the same source (keeping its reading state and when it was added). Returns its id.
  @discardableResult
  public func add(_ analysis: Analysis, now: Date = Date()) throws -> Int64 {
    let json = AnalysisJSON.encode(analysis)
    return try write { db in try Library.store(analysis, json: json, now: now, in: db) }
  }

  /// The articles, in `sort` order; with `search`, only those whose title or text holds
  /// all its words.
  public func articles(sort: LibrarySort = .date, search: String? = nil) throws
    -> [LibraryArticle]
  {
    var sql = "SELECT \(LibraryArticle.columns) FROM article"
    var arguments: StatementArguments = []
    if let search {
      guard let pattern = FTS5Pattern(matchingAllTokensIn: search) else { return [] }
      sql += " WHERE id IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?)"
      arguments += [pattern]
    }
    sql += " ORDER BY " + sort.orderBy
    return try read { db in try LibraryArticle.fetchAll(db, sql: sql, arguments: arguments) }
  }

  /// One article's row; nil when the library has no such article.
  public func article(id: Int64) throws -> LibraryArticle? {
    try read { db in
      try LibraryArticle.fetchOne(
        db, sql: "SELECT \(LibraryArticle.columns) FROM article WHERE id = ?", arguments: [id])
    }
  }

  /// The article read from `source`; nil when it is not in the library.
  public func article(source: String) throws -> LibraryArticle? {
    try read { db in
      try LibraryArticle.fetchOne(
        db, sql: "SELECT \(LibraryArticle.columns) FROM article WHERE source = ?",
        arguments: [source])
    }
  }

  /// The quotes `query` asks for, newest articles first, each article's in reading order.
  public func quotes(_ query: QuoteQuery = QuoteQuery()) throws -> [LibraryQuote] {
    var conditions: [String] = []
    var arguments: StatementArguments = []
    if let speaker = query.speaker?.trimmingCharacters(in: .whitespaces), !speaker.isEmpty {
      conditions.append(
        """
        quote.speakerId IN (SELECT id FROM speaker WHERE name = ? COLLATE NOCASE
          OR (' ' || name || ' ') LIKE ? ESCAPE '\\'
          OR id IN (SELECT speakerId FROM speakerForm WHERE form = ?))
        """)
      arguments += [speaker, "% " + Library.likeEscaped(speaker) + " %", speaker]
    }
    if let search = query.search {
      guard let pattern = FTS5Pattern(matchingAllTokensIn: search) else { return [] }
      conditions.append(
        "quote.id IN (SELECT rowid FROM quoteSearch WHERE quoteSearch MATCH ?)")
      arguments += [pattern]
    }
    if let since = query.since {
      conditions.append("COALESCE(article.published, article.added) >= ?")
      arguments += [since]
    }
    if let site = query.site {
      conditions.append(
        "(article.site LIKE ? ESCAPE '\\' OR article.url LIKE ? ESCAPE '\\' OR article.source LIKE ? ESCAPE '\\')"
      )
      let pattern = "%" + Library.likeEscaped(site) + "%"
      arguments += [pattern, pattern, pattern]
    }
    if let articleId = query.articleId {
      conditions.append("quote.articleId = ?")
      arguments += [articleId]
    }
    let sql = """
      SELECT \(LibraryQuote.columns) FROM quote
      JOIN article ON article.id = quote.articleId
      LEFT JOIN speaker ON speaker.id = quote.speakerId
      \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
      ORDER BY COALESCE(article.published, article.added) DESC, article.id DESC, quote.number
      """
    return try read { db in try LibraryQuote.fetchAll(db, sql: sql, arguments: arguments) }
  }

  /// Everyone quoted, most quoted first.
  public func speakers() throws -> [LibrarySpeaker] {
    try read { db in
      try LibrarySpeaker.fetchAll(
        db,
        sql: """
          SELECT speaker.id, speaker.name, speaker.kind, COUNT(*) AS quotes,
            COUNT(DISTINCT quote.articleId) AS articles,
            MAX(COALESCE(article.published, article.added)) AS lastQuoted
          FROM speaker
          JOIN quote ON quote.speakerId = speaker.id
          JOIN article ON article.id = quote.articleId
          GROUP BY speaker.id
          ORDER BY quotes DESC, speaker.name
          """)
    }
  }

  /// Removes these articles (with their quotes, and speakers no other article quotes);
  /// returns the ids the library did not have.
  @discardableResult
  public func remove(_ ids: [Int64]) throws -> [Int64] {
    try write { db in
      var missing: [Int64] = []
      for id in ids {
        try Library.unindex(id, in: db)
        try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
        if db.changesCount == 0 { missing.append(id) }
      }
      try Library.removeUnquotedSpeakers(db)
      return missing
    }
  }

  /// The stored analysis of an article (its content as read, and what quoth found in
  /// it under the version that stored it); nil when there is no such article.
  public func analysis(id: Int64) throws -> Analysis? {
    let row = try read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT content, analysis, byline FROM article
          JOIN articleBody ON articleBody.articleId = article.id WHERE article.id = ?
          """, arguments: [id])
    }
    guard let row else { return nil }
    do {
      return try StoredAnalysis.decode(row["analysis"], text: row["content"], byline: row["byline"])
    } catch {
      throw LibraryError(path: path, reason: "article \(id): its stored analysis cannot be read")
    }
  }

  /// Articles whose analysis an older version of quoth made.
  public func outdated(than version: Int = Analyzer.version) throws -> [Int64] {
    try read { db in
      try Int64.fetchAll(
        db, sql: "SELECT id FROM article WHERE analysisVersion < ? ORDER BY id",
        arguments: [version])
    }
  }

  /// Analyses an article again from its stored content, replacing its analysis; returns
  /// the new analysis (nil when there is no such article).
  @discardableResult
  public func reanalyse(id: Int64, with analyzer: Analyzer = Analyzer()) throws -> Analysis? {
    guard let stored = try analysis(id: id) else { return nil }
    let analysis = analyzer.analyze(stored.article)
    try add(analysis)
    return analysis
  }

  /// Writes every article as one line of JSON (the `quoth analyze` object, with its text
  /// even for plain text), oldest first.
  public func exportJSONLines(to output: (Data) throws -> Void) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    try read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT format, content, analysis FROM article
          JOIN articleBody ON articleBody.articleId = article.id ORDER BY article.id
          """)
      while let row = try rows.next() {
        var json: String = row["analysis"]
        if row["format"] == SourceFormat.text.rawValue,
          let body = json.range(of: ",\"body\":")
        {
          let text = try encoder.encode(row["content"] as String)
          json.insert(
            contentsOf: ",\"text\":" + String(decoding: text, as: UTF8.self), at: body.lowerBound)
        }
        try output(Data((json + "\n").utf8))
      }
    }
  }

  /// Records that the reader opened an article: now, and read.
  public func markOpened(id: Int64, now: Date = Date()) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE article SET opened = ?, unread = 0 WHERE id = ?", arguments: [now, id])
    }
  }

  /// Where the reader left an article (a text offset).
  public func setPosition(id: Int64, offset: Int) throws {
    try write { db in
      try db.execute(sql: "UPDATE article SET position = ? WHERE id = ?", arguments: [offset, id])
    }
  }

  public func setUnread(id: Int64, _ unread: Bool) throws {
    try write { db in
      try db.execute(sql: "UPDATE article SET unread = ? WHERE id = ?", arguments: [unread, id])
    }
  }

  public func setStarred(id: Int64, _ starred: Bool) throws {
    try write { db in
      try db.execute(sql: "UPDATE article SET starred = ? WHERE id = ?", arguments: [starred, id])
    }
  }

  /// How many articles the library holds.
  public func count() throws -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
  }

  /// SQLite's `PRAGMA integrity_check`: `ok`, or what is wrong.
  public func integrityCheck() throws -> String {
    try read { db in
      try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n")
    }
  }

  /// Moves the write-ahead log into the database file (SQLite does it on its own now
  /// and then; a backup by copying wants it done and quoth closed).
  public func checkpoint() throws {
    do {
      try pool.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
    } catch {
      throw LibraryError(path: path, reason: Library.reason(for: error))
    }
  }

  /// The schema migrations applied, oldest first.
  public func appliedSchema() throws -> [String] {
    try read { db in try LibrarySchema.migrator.appliedMigrations(db) }
  }

  // MARK: - Storing

  private static func store(_ analysis: Analysis, json: String, now: Date, in db: Database)
    throws -> Int64
  {
    let article = analysis.article
    let kept = analysis.quotes.filter { $0.repeatOf == nil && !$0.outsideStory }
    let speakerCount = Set(kept.compactMap(\.speaker)).count
    let values: StatementArguments = [
      article.url, article.title, article.siteName, article.date, article.byline,
      article.format.rawValue, Analyzer.version, kept.count, speakerCount,
    ]
    let id: Int64
    if let existing = try Int64.fetchOne(
      db, sql: "SELECT id FROM article WHERE source = ?", arguments: [article.source])
    {
      id = existing
      try unindex(id, in: db)
      try db.execute(
        sql: """
          UPDATE article SET url = ?, title = ?, site = ?, published = ?, byline = ?,
            format = ?, analysisVersion = ?, quoteCount = ?, speakerCount = ?
          WHERE id = ?
          """, arguments: values + [id])
      try db.execute(
        sql: "UPDATE articleBody SET content = ?, analysis = ? WHERE articleId = ?",
        arguments: [article.text, json, id])
      try db.execute(sql: "DELETE FROM quote WHERE articleId = ?", arguments: [id])
    } else {
      try db.execute(
        sql: """
          INSERT INTO article (url, title, site, published, byline, format, analysisVersion,
            quoteCount, speakerCount, source, added)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, arguments: values + [article.source, now])
      id = db.lastInsertedRowID
      try db.execute(
        sql: "INSERT INTO articleBody (articleId, content, analysis) VALUES (?, ?, ?)",
        arguments: [id, article.text, json])
    }
    try db.execute(
      sql: "INSERT INTO articleSearch (rowid, title, content) VALUES (?, ?, ?)",
      arguments: [id, article.title, article.text])
    var speakerIds: [String: Int64] = [:]
    for quote in kept {
      var speakerId: Int64?
      if let name = quote.speaker {
        let kind =
          quote.speakerKind?.rawValue ?? (quote.speakerType == .org ? "organisation" : "person")
        if let known = speakerIds[name] {
          speakerId = known
        } else {
          let found = try speaker(named: name, kind: kind, in: db)
          speakerIds[name] = found
          speakerId = found
          for form in Set([name] + analysis.entities.filter { $0.canonical == name }.map(\.text)) {
            try db.execute(
              sql: "INSERT OR IGNORE INTO speakerForm (speakerId, form) VALUES (?, ?)",
              arguments: [found, form])
          }
        }
      }
      try db.execute(
        sql: """
          INSERT INTO quote (articleId, speakerId, number, text, start, confidence)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          id, speakerId, quote.id, quote.text, quote.extent.start, quote.speakerConfidence,
        ])
    }
    try removeUnquotedSpeakers(db)
    return id
  }

  /// Takes an article out of the full-text index (which needs the words it indexed: the
  /// title and text as they are stored now).
  private static func unindex(_ id: Int64, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO articleSearch (articleSearch, rowid, title, content)
        SELECT 'delete', id, title, content FROM articleText WHERE id = ?
        """, arguments: [id])
  }

  /// The speaker's row, made when new: one row per canonical name and kind.
  private static func speaker(named name: String, kind: String, in db: Database) throws -> Int64 {
    try db.execute(
      sql: "INSERT INTO speaker (name, kind) VALUES (?, ?) ON CONFLICT DO NOTHING",
      arguments: [name, kind])
    guard
      let id = try Int64.fetchOne(
        db, sql: "SELECT id FROM speaker WHERE name = ? AND kind = ?", arguments: [name, kind])
    else { throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "speaker row missing") }
    return id
  }

  private static func removeUnquotedSpeakers(_ db: Database) throws {
    try db.execute(
      sql: """
        DELETE FROM speaker WHERE NOT EXISTS
          (SELECT 1 FROM quote WHERE quote.speakerId = speaker.id)
        """)
  }

  // MARK: - Access and errors

  private func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(body)
    } catch {
      throw LibraryError(path: path, reason: Library.reason(for: error))
    }
  }

  private func write<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.write(body)
    } catch {
      throw LibraryError(path: path, reason: Library.reason(for: error))
    }
  }

  /// Brings the schema up to date. Two quoth processes that make a new library at the same
  /// moment both try the first migration; the one that loses finds it done on a second try.
  private static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
    for attempt in 1... {
      do {
        try migrator.migrate(pool)
        return
      } catch let error as DatabaseError where attempt < 3 && error.resultCode == .SQLITE_ERROR {
        usleep(50_000)
      }
    }
  }

  /// Refuses a file that is not empty and does not start as an SQLite database does,
  /// before SQLite is given a chance to touch it.
  private static func checkHeader(of path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      if FileManager.default.fileExists(atPath: path) {
        throw LibraryError(path: path, reason: "cannot be read (permissions?); left as it is")
      }
      return
    }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    if !header.isEmpty && header != Data("SQLite format 3\0".utf8) {
      throw LibraryError(
        path: path,
        reason:
          "not an SQLite database, so not a quoth library; it is left as it is (move it away to start a new library)"
      )
    }
  }

  /// What to tell the user about a database error.
  private static func reason(for error: Error) -> String {
    guard let error = error as? DatabaseError else { return "\(error)" }
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      return
        "the database is corrupt (\(error.message ?? "SQLite error \(error.resultCode.rawValue)")); it is left as it is (move it away to start a new library)"
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return "the database stayed busy: another program holds it"
    case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
      return "cannot be opened for writing (\(error.message ?? "read-only"))"
    case .SQLITE_FULL:
      return "the disk is full"
    default:
      return error.message ?? "SQLite error \(error.resultCode.rawValue)"
    }
  }

  /// `text` for a LIKE pattern with `\` as the escape character.
  private static func likeEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }
}
