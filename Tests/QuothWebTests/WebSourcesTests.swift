import Foundation
import QuothAnalysis
import QuothTestSupport
import Testing

@testable import QuothWeb

/// Feeds and subscription lists as article lists, fetched from the loopback server.
@Suite(
  .serialized, .enabled(if: LoopbackServer.isAvailable, "needs python3 for the loopback server"))
struct WebSourcesTests {
  @Test func aFeedListsItsEntriesNewestFirst() throws {
    let server = try #require(LoopbackServer())
    let sources = WebSources()
    let result = sources.resolve([server.url("/feed.xml")])
    #expect(result.map(\.title) == ["Story number 3", "Story number 2", "Story number 1"])
    #expect(result.allSatisfy { $0.feed == "Loopback News" })
    // Entry 2 has no content: its link is fetched; the others are read from the feed.
    let second = try sources.load(result[1].source)
    #expect(second.article.title == "Story number 2")
    #expect(second.article.text.contains("Marta Olsen"))
    #expect(second.article.siteName == "Loopback Gazette")
    let first = try sources.load(result[0].source)
    #expect(first.article.text.contains("The bridge will open in spring"))
    #expect(first.article.title == "Story number 3")
    #expect(first.article.siteName == "Loopback News")
    #expect(first.article.date == "2024-03-04T03:00:00Z")
  }

  @Test func contentInTheFeedIsReadWithoutFetchingTheLink() throws {
    let folder = try QuothProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("local.rss")
    // The link goes nowhere (port 1 refuses): only the feed's content can be read.
    try """
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
    <title>Local</title><item><title>Kept</title><link>http://127.0.0.1:1/kept</link>
    <content:encoded>&lt;p&gt;“All of it is here,” said Nils Ek.&lt;/p&gt;</content:encoded></item>
    </channel></rss>
    """.write(to: file, atomically: true, encoding: .utf8)
    let sources = WebSources()
    let result = sources.resolve([file.path])
    #expect(result.map(\.source) == ["http://127.0.0.1:1/kept"])
    let loaded = try sources.load("http://127.0.0.1:1/kept")
    #expect(loaded.article.text.contains("All of it is here"))
    #expect(loaded.article.url == "http://127.0.0.1:1/kept")
  }

  @Test func everyFormatAndOPMLResolve() throws {
    let server = try #require(LoopbackServer())
    let sources = WebSources()
    let result = sources.resolve([
      server.url("/atom.xml"), server.url("/feed.json"), server.url("/subscriptions.opml"),
    ])
    let titles = result.map(\.title)
    #expect(
      Array(titles.prefix(4)) == [
        "Atom link only", "Atom with content", "JSON story two", "JSON story one",
      ])
    // The OPML list: its two feeds as one list, newest first; the Atom entries are there once.
    #expect(Array(titles.dropFirst(4)) == ["Newer RDF story", "Older RDF story"])
  }

  @Test func failuresStayInTheListWithTheirReason() throws {
    let server = try #require(LoopbackServer())
    let sources = WebSources()
    let inputs = [server.url("/404"), server.url("/malformed.xml"), server.url("/page.html")]
    #expect(sources.resolve(inputs).map(\.source) == inputs)
    #expect(throws: FetchError(url: server.url("/404"), cause: .status(404))) {
      try sources.load(server.url("/404"))
    }
    do {
      _ = try sources.load(server.url("/malformed.xml"))
      Issue.record("a malformed feed was read")
    } catch {
      #expect("\(error)".hasPrefix(server.url("/malformed.xml") + ": "))
    }
    // The page was fetched once, while resolving, and is read from there.
    #expect(try sources.load(server.url("/page.html")).article.title == "Orchard saved (page)")
  }
}
