import Foundation
import QuothAnalysis
import Testing

@testable import QuothLibrary

/// The store on its own: what goes in comes back, speakers link across articles, the
/// searches find what they should and nothing else.
@Suite final class LibraryStoreTests {
  let folder: LibraryFolder

  init() throws { folder = try LibraryFolder() }

  @Test func createsTheLibraryInXDGDataHomeWithWAL() throws {
    let library = try folder.openLibrary()
    #expect(library.path == folder.url.path + "/quoth/library.sqlite")
    #expect(FileManager.default.fileExists(atPath: library.path))
    #expect(try library.appliedSchema() == ["schema-1", "schema-2", "schema-3"])
    let header = try Data(contentsOf: URL(fileURLWithPath: library.path)).prefix(20)
    // Bytes 18 and 19 of an SQLite file are 2 in WAL mode.
    #expect(Array(header.suffix(2)) == [2, 2])
  }

  @Test func anArticleComesBackWithItsAnalysis() throws {
    let library = try folder.openLibrary()
    let analysis = folder.analysed("harbour.txt", TestArticles.harbour)
    let id = try library.add(analysis)
    let stored = try #require(try library.analysis(id: id))
    #expect(stored.article.text == analysis.article.text)
    #expect(stored.article.title == analysis.article.title)
    #expect(stored.article.paragraphs == analysis.article.paragraphs)
    #expect(stored.quotes == analysis.quotes)
    #expect(stored.entities == analysis.entities)
    #expect(stored.speakers == analysis.speakers)
    let row = try #require(try library.article(id: id))
    #expect(row.title == "Harbour ferry to run through winter")
    #expect(row.unread && !row.starred && row.position == 0)
    #expect(row.analysisVersion == Analyzer.version)
    #expect(row.quoteCount == analysis.quotes.count)
  }

  @Test func addingTheSameSourceAgainReplacesItAndKeepsTheReadingState() throws {
    let library = try folder.openLibrary()
    let id = try library.add(folder.analysed("a.txt", TestArticles.harbour))
    try library.setPosition(id: id, offset: 120)
    try library.setStarred(id: id, true)
    let again = try library.add(folder.analysed("a.txt", TestArticles.bakery))
    #expect(again == id)
    #expect(try library.count() == 1)
    let row = try #require(try library.article(id: id))
    #expect(row.title == "Night bakery opens on the square")
    #expect(row.position == 120 && row.starred)
    #expect(try library.quotes().map(\.speaker) == ["Petra Holm"])
  }

  @Test func oneSpeakerIsOneRowAcrossArticles() throws {
    let library = try folder.openLibrary()
    try library.add(folder.analysed("harbour.txt", TestArticles.harbour))
    try library.add(folder.analysed("bridge.txt", TestArticles.bridge))
    try library.add(folder.analysed("bakery.txt", TestArticles.bakery))
    let speakers = try library.speakers()
    let lindqvist = try #require(speakers.first { $0.name == "Marta Lindqvist" })
    #expect(lindqvist.articles == 2)
    #expect(lindqvist.kind == "person")
    #expect(speakers.filter { $0.name == "Jonas Ek" }.count == 1)
    #expect(speakers.first { $0.name == "Jonas Ek" }?.articles == 2)
    #expect(speakers.first { $0.name == "Petra Holm" }?.articles == 1)
  }

  @Test func aSpeakerIsFoundByAnyFormOfTheName() throws {
    let library = try folder.openLibrary()
    try library.add(folder.analysed("harbour.txt", TestArticles.harbour))
    try library.add(folder.analysed("bridge.txt", TestArticles.bridge))
    let bySurname = try library.quotes(QuoteQuery(speaker: "Lindqvist"))
    let byFullName = try library.quotes(QuoteQuery(speaker: "marta lindqvist"))
    #expect(!bySurname.isEmpty)
    #expect(bySurname == byFullName)
    #expect(bySurname.allSatisfy { $0.speaker == "Marta Lindqvist" })
    #expect(Set(bySurname.map(\.articleId)).count == 2)
    #expect(try library.quotes(QuoteQuery(speaker: "Lind")).isEmpty)
    #expect(try library.quotes(QuoteQuery(speaker: "Holm")).isEmpty)
  }

  @Test func fullTextSearchFindsQuotesAndArticles() throws {
    let library = try folder.openLibrary()
    let harbour = try library.add(folder.analysed("harbour.txt", TestArticles.harbour))
    try library.add(folder.analysed("bakery.txt", TestArticles.bakery))
    let quotes = try library.quotes(QuoteQuery(search: "money spent"))
    #expect(quotes.map(\.speaker) == ["Jonas Ek"])
    #expect(quotes.first?.articleId == harbour)
    #expect(try library.quotes(QuoteQuery(search: "ferry bread")).isEmpty)
    #expect(try library.articles(search: "islanders").map(\.id) == [harbour])
    #expect(try library.articles(search: "crowns").map(\.id) == [harbour])
    #expect(try library.articles(search: "\"").isEmpty)
  }

  @Test func quotesFilterBySiteAndDate() throws {
    let library = try folder.openLibrary()
    let old = Date(timeIntervalSince1970: 1_600_000_000)  // 2020-09-13
    try library.add(folder.analysed("harbour.txt", TestArticles.harbour), now: old)
    try library.add(folder.analysed("bakery.txt", TestArticles.bakery))
    let recent = try library.quotes(QuoteQuery(since: "2021-01-01"))
    #expect(recent.map(\.speaker) == ["Petra Holm"])
    #expect(try library.quotes(QuoteQuery(site: "bakery")).map(\.speaker) == ["Petra Holm"])
    #expect(try library.quotes(QuoteQuery(speaker: "Ek", site: "bakery")).isEmpty)
  }

  @Test func removingAnArticleRemovesItsQuotesAndLoneSpeakers() throws {
    let library = try folder.openLibrary()
    let harbour = try library.add(folder.analysed("harbour.txt", TestArticles.harbour))
    let bakery = try library.add(folder.analysed("bakery.txt", TestArticles.bakery))
    #expect(try library.remove([bakery, 999]) == [999])
    #expect(try library.articles().map(\.id) == [harbour])
    #expect(try !library.speakers().contains { $0.name == "Petra Holm" })
    #expect(try library.quotes(QuoteQuery(search: "bread")).isEmpty)
    #expect(try library.integrityCheck() == "ok")
  }

  @Test func readingStateIsKept() throws {
    let library = try folder.openLibrary()
    let id = try library.add(folder.analysed("harbour.txt", TestArticles.harbour))
    try library.markOpened(id: id)
    try library.setPosition(id: id, offset: 321)
    let reopened = try folder.openLibrary()
    let row = try #require(try reopened.article(id: id))
    #expect(!row.unread && row.opened != nil && row.position == 321)
    try reopened.setUnread(id: id, true)
    try reopened.setStarred(id: id, true)
    let again = try #require(try reopened.article(id: id))
    #expect(again.unread && again.starred)
  }

  @Test func anOutdatedAnalysisIsRedoneFromTheStoredContent() throws {
    let library = try folder.openLibrary()
    let id = try library.add(folder.analysed("harbour.txt", TestArticles.harbour))
    // An analysis an older quoth made: no quotes found.
    try library.pool.write { db in
      try db.execute(sql: "UPDATE article SET analysisVersion = 0 WHERE id = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM quote")
    }
    #expect(try library.outdated() == [id])
    #expect(try library.quotes().isEmpty)
    let redone = try #require(try library.reanalyse(id: id))
    #expect(!redone.quotes.isEmpty)
    #expect(try library.outdated().isEmpty)
    #expect(try library.quotes().count == redone.quotes.count)
  }

  @Test func sortsByDateSiteTitleAndQuotes() throws {
    let library = try folder.openLibrary()
    let first = try library.add(
      folder.analysed("harbour.txt", TestArticles.harbour), now: Date(timeIntervalSince1970: 1e9))
    let second = try library.add(
      folder.analysed("bakery.txt", TestArticles.bakery), now: Date(timeIntervalSince1970: 2e9))
    #expect(try library.articles(sort: .date).map(\.id) == [second, first])
    #expect(try library.articles(sort: .title).map(\.id) == [first, second])
    #expect(try library.articles(sort: .quotes).map(\.id) == [first, second])
  }
}
