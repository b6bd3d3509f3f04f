import Foundation
import Testing

@testable import QuothWeb

/// Feeds written for these tests, in each format quoth reads.
@Suite struct FeedParserTests {
  func parse(_ text: String, source: String = "https://news.test/feed") throws -> FeedDocument {
    try FeedParser.parse(Array(text.utf8), source: source)
  }

  func feed(_ text: String, source: String = "https://news.test/feed") throws -> Feed {
    guard case .feed(let feed) = try parse(text, source: source) else {
      Issue.record("not read as a feed")
      throw FeedError(source: source, reason: "not a feed")
    }
    return feed
  }

  @Test func rss2ReadsTitlesLinksDatesAndFullContent() throws {
    let feed = try feed(
      """
      <?xml version="1.0"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>  Harbour
        Herald </title><link>https://news.test/</link>
      <item><title>Ferry saved</title><link>/ferry</link>
        <pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate><dc:creator>Ana Ruiz</dc:creator>
        <description>Short.</description>
        <content:encoded><![CDATA[<p>“Yes,” she said.</p>]]></content:encoded></item>
      <item><title>Second</title><guid>https://news.test/second</guid>
        <pubDate>Wed, 6 Mar 2024 09:00:00 +0100</pubDate></item>
      </channel></rss>
      """)
    #expect(feed.kind == .rss)
    #expect(feed.title == "Harbour Herald")
    #expect(feed.entries.count == 2)
    let first = feed.entries[0]
    #expect(first.title == "Ferry saved")
    #expect(first.link == "https://news.test/ferry")
    #expect(first.date == "2024-03-05T14:30:00Z")
    #expect(first.author == "Ana Ruiz")
    #expect(first.content == .html("<p>“Yes,” she said.</p>"))
    #expect(feed.entries[1].link == "https://news.test/second")
    #expect(feed.entries[1].date == "2024-03-06T08:00:00Z")
    #expect(feed.entries[1].content == nil)
  }

  @Test func rdfReadsItemsBesideTheChannel() throws {
    let feed = try feed(
      """
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
       xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://news.test/"><title>RDF Herald</title></channel>
      <item rdf:about="https://news.test/a"><title>A</title><link>https://news.test/a</link>
      <dc:date>2024-01-02T03:04:05+01:00</dc:date></item>
      </rdf:RDF>
      """)
    #expect(feed.kind == .rdf)
    #expect(feed.title == "RDF Herald")
    #expect(feed.entries.map(\.title) == ["A"])
    #expect(feed.entries[0].date == "2024-01-02T02:04:05Z")
  }

  @Test func atomReadsAlternateLinksAndContentByType() throws {
    let feed = try feed(
      """
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Herald</title>
      <entry><title>Escaped</title><link rel="self" href="/self"/><link href="/story"/>
        <published>2024-02-01T10:00:00Z</published><author><name>Ines Porter</name></author>
        <content type="html">&lt;p&gt;Said &lt;b&gt;she&lt;/b&gt;.&lt;/p&gt;</content></entry>
      <entry><title>Inline</title><link rel="alternate" href="https://news.test/inline"/>
        <updated>2024-02-02T10:00:00Z</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline text.</p></div></content></entry>
      <entry><title>Elsewhere</title><link href="https://news.test/x"/>
        <content src="https://news.test/x.txt"/><summary>Only a summary.</summary></entry>
      </feed>
      """)
    #expect(feed.kind == .atom)
    #expect(
      feed.entries.map(\.link) == [
        "https://news.test/story", "https://news.test/inline", "https://news.test/x",
      ])
    #expect(feed.entries[0].content == .html("<p>Said <b>she</b>.</p>"))
    #expect(feed.entries[0].author == "Ines Porter")
    guard case .html(let inline)? = feed.entries[1].content else {
      Issue.record("xhtml content not read")
      return
    }
    #expect(inline.contains("<p>Inline text.</p>"))
    #expect(feed.entries[2].content == nil)
    #expect(feed.entries[2].summary == .text("Only a summary."))
  }

  @Test func jsonFeedReadsItems() throws {
    let feed = try feed(
      """
      {"version": "https://jsonfeed.org/version/1.1", "title": "JSON Herald",
       "items": [{"id": "1", "url": "https://news.test/j1", "title": "J1",
                  "content_text": "Plain text body.", "date_published": "2024-04-01T09:00:00-04:00",
                  "authors": [{"name": "Tove Lind"}]},
                 {"id": "2", "external_url": "https://news.test/j2", "title": "J2"}]}
      """)
    #expect(feed.kind == .json)
    #expect(feed.entries.map(\.title) == ["J1", "J2"])
    #expect(feed.entries[0].content == .text("Plain text body."))
    #expect(feed.entries[0].date == "2024-04-01T13:00:00Z")
    #expect(feed.entries[0].author == "Tove Lind")
    #expect(feed.entries[1].link == "https://news.test/j2")
  }

  @Test func opmlListsNestedSubscriptions() throws {
    let document = try parse(
      """
      <opml version="2.0"><body><outline text="Local">
        <outline type="rss" text="Herald" xmlUrl="https://news.test/rss"/>
        <outline text="Gazette" title="The Gazette" xmlUrl="https://gazette.test/atom"/>
      </outline></body></opml>
      """)
    guard case .subscriptions(let list) = document else {
      Issue.record("not read as subscriptions")
      return
    }
    #expect(list.map(\.url) == ["https://news.test/rss", "https://gazette.test/atom"])
    #expect(list.map(\.title) == ["Herald", "The Gazette"])
  }

  @Test func malformedFeedsAreErrorsNamingTheSource() {
    #expect(throws: FeedError.self) { try parse("{\"items\": 3}", source: "bad.json") }
    #expect(throws: FeedError.self) { try parse("<html><body>page</body></html>") }
    #expect(throws: FeedError.self) { try parse("not xml at all <<<") }
    do {
      _ = try parse("<rss version=\"2.0\"></rss>", source: "empty.xml")
      Issue.record("an RSS feed without a channel was read")
    } catch {
      #expect("\(error)".hasPrefix("empty.xml: "))
    }
  }

  @Test func entitiesAreNotExpandedFromADoctype() throws {
    let feed = try feed(
      """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY boom "boomboomboomboom"><!ENTITY secret SYSTEM "file:///etc/hostname">]>
      <rss version="2.0"><channel><title>T &boom; &secret;</title></channel></rss>
      """)
    #expect(!(feed.title ?? "").contains("boom"))
  }

  @Test func detectsFeedsBySniffing() {
    #expect(FeedParser.looksLikeFeed(Array("<?xml version=\"1.0\"?>\n<rss>".utf8)))
    #expect(FeedParser.looksLikeFeed(Array("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)))
    #expect(
      FeedParser.looksLikeFeed(Array("{\"version\":\"https://jsonfeed.org/version/1\"}".utf8)))
    #expect(!FeedParser.looksLikeFeed(Array("<!DOCTYPE html><html><p>feed me</p>".utf8)))
    #expect(!FeedParser.looksLikeFeed(Array("{\"name\": \"feed\"}".utf8)))
  }

  @Test func feedDatesInTheCommonFormsBecomeUTC() {
    #expect(FeedDate.iso("Tue, 05 Mar 2024 14:30:00 GMT") == "2024-03-05T14:30:00Z")
    #expect(FeedDate.iso("5 Mar 24 14:30 +0530") == "2024-03-05T09:00:00Z")
    #expect(FeedDate.iso("2024-02-29") == "2024-02-29T00:00:00Z")
    #expect(FeedDate.iso("1999-12-31T23:59:59.123-01:00") == "2000-01-01T00:59:59Z")
    #expect(FeedDate.iso("1969-07-20T20:17:00Z") == "1969-07-20T20:17:00Z")
    #expect(FeedDate.iso("2024-13-01") == nil)
    #expect(FeedDate.iso("yesterday") == nil)
  }

  @Test func newestFirstPutsUndatedEntriesLastInTheirOrder() {
    let listed = WebSources.newestFirst([
      .init(source: "a"), .init(source: "b", date: "2024-01-01T00:00:00Z"),
      .init(source: "c"), .init(source: "d", date: "2024-06-01T00:00:00Z"),
    ])
    #expect(listed.map(\.source) == ["d", "b", "a", "c"])
  }

  @Test func newsboatURLsReadsAddressesTagsAndComments() {
    let parsed = NewsboatURLs.parse(
      """
      # my feeds
      https://news.test/rss "local news" ~Herald
      "https://gazette.test/atom" tech

      "query:Unread:unread = \\"yes\\""
      exec:~/bin/make-feed
      """)
    #expect(
      parsed.subscriptions == [
        Subscription(url: "https://news.test/rss", title: "Herald"),
        Subscription(url: "https://gazette.test/atom"),
      ])
    #expect(parsed.skipped.count == 2)
  }
}
