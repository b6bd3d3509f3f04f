import Foundation
import QuothTestSupport
import Testing

@testable import QuothLibrary

/// `quoth library add URL`: the page fetched from the loopback server the suite starts
/// (127.0.0.1 only) and kept with its address and content; a URL that fails is named with
/// the cause, and nothing of it is kept.
@Suite(
  .serialized, .timeLimit(.minutes(5)),
  .enabled(if: LoopbackServer.isAvailable, "needs python3 for the loopback server"))
final class LibraryWebTests {
  let server: LoopbackServer
  let folder: LibraryFolder

  init() throws {
    server = try #require(LoopbackServer())
    folder = try LibraryFolder()
  }

  @Test func aURLIsFetchedAndKeptWithItsAddressAndContent() throws {
    let address = server.url("/articles/orchard-vote.html")
    let result = try folder.quoth("library", "add", address)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("Orchard saved (orchard vote)"))
    let library = try folder.openLibrary()
    let article = try #require(try library.article(source: address))
    #expect(article.url == address)
    #expect(article.site == "Loopback Gazette")
    let stored = try #require(try library.analysis(id: article.id))
    #expect(stored.article.text.contains("allotment society of Fernwick"))
    let quotes = try folder.quoth("library", "quotes", "--speaker", "Olsen", "--format", "json")
    #expect(quotes.status == 0, "\(quotes.errors)")
    #expect(quotes.output.contains("We planted these trees for our grandchildren"))
    // Kept: it opens offline, from the library.
    let listed = try folder.quoth("library", "list")
    #expect(listed.output.contains("Orchard saved (orchard vote)"))
  }

  @Test func aURLThatFailsIsNamedWithTheCauseAndNothingOfItIsKept() throws {
    let missing = server.url("/404")
    let broken = server.url("/500")
    let file = try folder.write("harbour.txt", TestArticles.harbour)
    let result = try folder.quoth("library", "add", missing, file, broken)
    #expect(result.status == 1)
    #expect(result.errors.contains("\(missing): HTTP 404"))
    #expect(result.errors.contains("\(broken): HTTP 500"))
    let library = try folder.openLibrary()
    #expect(try library.count() == 1)
    #expect(try library.article(source: missing) == nil)
    #expect(try library.integrityCheck() == "ok")
  }

  @Test func aServerThatRefusesIsNamedAndTheExitStatusIsOne() throws {
    // A port nothing listens on: the server's, after it is gone.
    let closed: String
    do {
      let gone = try #require(LoopbackServer())
      closed = gone.url("/page.html")
    }
    let result = try folder.quoth("library", "add", "--timeout", "5", closed)
    #expect(result.status == 1)
    #expect(result.errors.contains("\(closed): the connection was refused"))
    #expect(try folder.openLibrary().count() == 0)
  }
}
