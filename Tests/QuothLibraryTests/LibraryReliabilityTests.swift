import Foundation
import GRDB
import QuothTestSupport
import Testing

@testable import QuothLibrary

/// Crashes, two processes at once, broken files and old schemas: the library stays
/// consistent, and a file that is not a library is never written to.
@Suite(.serialized, .timeLimit(.minutes(10))) final class LibraryReliabilityTests {
  let folder: LibraryFolder

  init() throws { folder = try LibraryFolder() }

  /// A folder of `count` short articles, each with its own speaker and quotes.
  private func manyArticles(_ count: Int) throws -> String {
    let articles = folder.url.appendingPathComponent("many")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    let names = ["Alma", "Bruno", "Cleo", "Dario", "Edda", "Felix", "Greta", "Hugo"]
    for number in 0..<count {
      let name = "\(names[number % names.count]) Nummer\(number)"
      let text = """
        Council notes number \(number)

        The council met for the \(number)th time on Monday, its clerk said.

        "We will publish item \(number) next week," said \(name), the clerk. "Nobody objected."

        \(name.split(separator: " ")[1]) said the agenda had \(number % 7 + 2) points.
        """
      try text.write(
        to: articles.appendingPathComponent(String(format: "note-%04d.txt", number)),
        atomically: false, encoding: .utf8)
    }
    return articles.path
  }

  /// Every article's quotes are all there: the counts the article row holds match the rows.
  private func expectConsistent(_ library: Library) throws {
    #expect(try library.integrityCheck() == "ok")
    try library.pool.read { db in
      let mismatched = try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) FROM article WHERE quoteCount !=
            (SELECT COUNT(*) FROM quote WHERE quote.articleId = article.id)
          """)
      #expect(mismatched == 0)
      let orphans = try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM quote WHERE articleId NOT IN (SELECT id FROM article)")
      #expect(orphans == 0)
      let bodiless = try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM article WHERE id NOT IN (SELECT articleId FROM articleBody)")
      #expect(bodiless == 0)
      let indexed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quoteSearch")
      let quotes = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quote")
      #expect(indexed == quotes)
    }
    // The full-text indexes agree with their tables (an error if not).
    try library.pool.write { db in
      try db.execute(sql: "INSERT INTO quoteSearch(quoteSearch) VALUES('integrity-check')")
      try db.execute(sql: "INSERT INTO articleSearch(articleSearch) VALUES('integrity-check')")
    }
  }

  @Test func killedWhileAddingAThousandArticlesLeavesAConsistentLibrary() throws {
    let articles = try manyArticles(1000)
    let binary = try #require(QuothProcess.binary)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["library", "add", "--quiet", articles]
    process.environment = ProcessInfo.processInfo.environment.merging(folder.environment) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until some articles are in (read by this process meanwhile), then kill -9.
    let deadline = Date().addingTimeInterval(120)
    var seen = 0
    while Date() < deadline && process.isRunning {
      if FileManager.default.fileExists(atPath: folder.libraryPath),
        let count = try? folder.openLibrary().count()
      {
        seen = count
        if count >= 50 { break }
      }
      usleep(20_000)
    }
    #expect(process.isRunning, "quoth finished before it could be killed (\(seen) articles)")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let library = try folder.openLibrary()
    let count = try library.count()
    #expect(count >= 50 && count < 1000)
    try expectConsistent(library)
    // Adding again completes the library.
    let again = try folder.quoth("library", "add", "--quiet", articles)
    #expect(again.status == 0, "\(again.errors)")
    #expect(try library.count() == 1000)
    try expectConsistent(library)
  }

  @Test func oneProcessAddsWhileAnotherReads() throws {
    let articles = try manyArticles(300)
    let binary = try #require(QuothProcess.binary)
    // Made before the writer starts, so both open an existing library.
    _ = try folder.openLibrary()
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: binary)
    writer.arguments = ["library", "add", "--quiet", articles]
    writer.environment = ProcessInfo.processInfo.environment.merging(folder.environment) { $1 }
    let errors = Pipe()
    writer.standardError = errors
    writer.standardOutput = FileHandle.nullDevice
    try writer.run()
    var reads = 0
    var counts: [Int] = []
    while writer.isRunning {
      let list = try folder.quoth("library", "list", "--format", "csv")
      #expect(list.status == 0, "\(list.errors)")
      let speakers = try folder.quoth("library", "quotes", "--speaker", "Alma")
      #expect(speakers.status == 0, "\(speakers.errors)")
      counts.append(list.output.components(separatedBy: "\r\n").count)
      reads += 1
    }
    writer.waitUntilExit()
    let written = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(writer.terminationStatus == 0, "\(written)")
    #expect(reads > 0)
    #expect(counts == counts.sorted(), "the library shrank while articles were added")
    let library = try folder.openLibrary()
    #expect(try library.count() == 300)
    try expectConsistent(library)
  }

  @Test func aFileThatIsNotADatabaseIsReportedAndLeftAsItIs() throws {
    try FileManager.default.createDirectory(
      atPath: (folder.libraryPath as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    let contents = Data("my shopping list: bread, milk\n".utf8)
    try contents.write(to: URL(fileURLWithPath: folder.libraryPath))
    let article = try folder.write("harbour.txt", TestArticles.harbour)
    for arguments in [["library", "list"], ["library", "add", article], ["library", "speakers"]] {
      let result = try QuothProcess.run(arguments, environment: folder.environment)
      #expect(result.status == 1)
      #expect(result.errors.contains(folder.libraryPath))
      #expect(result.errors.contains("not an SQLite database"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.libraryPath)) == contents)
    #expect(!FileManager.default.fileExists(atPath: folder.libraryPath + "-wal"))
  }

  @Test func aCorruptDatabaseIsReportedAndLeftAsItIs() throws {
    let library = try folder.openLibrary()
    for number in 0..<40 {
      try library.add(folder.analysed("a\(number).txt", TestArticles.harbour + "\n\(number)"))
    }
    // Checkpointed and closed: the whole library is in the main file.
    try library.pool.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
    }
    try library.pool.close()
    let url = URL(fileURLWithPath: folder.libraryPath)
    var bytes = try Data(contentsOf: url)
    #expect(bytes.count > 16 * 4096)
    // Garbage over everything after the first page (the header stays).
    for index in 4096..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
    try bytes.write(to: url)
    let result = try folder.quoth("library", "quotes", "--speaker", "Lindqvist")
    #expect(result.status == 1)
    #expect(result.errors.contains(folder.libraryPath))
    #expect(result.errors.contains("corrupt") || result.errors.contains("malformed"))
    #expect(try Data(contentsOf: url) == bytes)
  }

  @Test func aLibraryOfSchemaOneIsMigrated() throws {
    let fixture = try #require(
      Bundle.module.url(
        forResource: "library-schema-1", withExtension: "sql", subdirectory: "Fixtures"))
    try FileManager.default.createDirectory(
      atPath: (folder.libraryPath as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    let old = try DatabaseQueue(path: folder.libraryPath)
    try old.write { db in try db.execute(sql: String(contentsOf: fixture, encoding: .utf8)) }
    try old.close()
    let library = try folder.openLibrary()
    #expect(try library.appliedSchema() == ["schema-1", "schema-2", "schema-3"])
    let rows = try library.articles(sort: .title)
    // Schema 3 moved the text to a table of its own and indexed it again.
    #expect(try library.articles(search: "goats").map(\.title) == ["Goats return to the hill"])
    #expect(try library.analysis(id: rows[0].id)?.article.text.contains("goats") == true)
    #expect(rows.map(\.title) == ["Goats return to the hill", "Tram line opens"])
    // Opened under schema 1: read; never opened: unread. No star, at the top.
    #expect(rows.map(\.unread) == [false, true])
    #expect(rows.allSatisfy { !$0.starred && $0.position == 0 })
    #expect(
      try library.quotes(QuoteQuery(speaker: "Okafor")).map(\.text) == ["“The goats know the way,”"]
    )
    // The fixture's analyses are from analysis version 0: listing redoes them.
    let result = try folder.quoth("library", "list")
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.errors.contains("re-analysed 2 of 2"))
    #expect(try library.outdated().isEmpty)
    #expect(try library.quotes(QuoteQuery(speaker: "Okafor")).count == 4)
    try expectConsistent(library)
  }
}
