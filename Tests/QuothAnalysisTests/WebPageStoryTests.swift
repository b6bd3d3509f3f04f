import Foundation
import Testing

@testable import QuothAnalysis

/// Where a web page's story begins and ends: the lede outside the main container, embeds
/// and captions inside it, and what the analysis makes of the dimmed paragraphs. Every
/// page here is written for these tests.
@Suite struct WebPageStoryTests {
  typealias Support = HTMLTestSupport

  static let tweet =
    "Our last crossing from the old pier leaves at six tonight. Come and wave us off!"
  static let caption =
    "“We will build it again, bigger and better than before,” the mayor said at the pier on Monday."
  static let player = "Watch: the last crossing of the old ferry, filmed from the harbour wall"

  /// The story's first paragraph sits in a standfirst above `<article>` (only the
  /// JSON-LD `articleBody` says it is story); the article holds the rest, with an
  /// embedded tweet, a video player and a captioned picture between its paragraphs.
  static let page: [UInt8] = {
    let body = Support.story.joined(separator: "\\n\\n").replacingOccurrences(
      of: "\"", with: "\\\"")
    return Support.page(
      body: """
        <header class="site-header"><a href="/">Harbour News</a> <a href="/news">News</a></header>
        \(Support.navigation)
        <div class="top"><h1>Harbour board votes to close the old ferry pier</h1>
        <div class="standfirst"><p>\(Support.story[0])</p></div></div>
        <article class="story">
        <p>\(Support.story[1])</p>
        <blockquote class="twitter-tweet"><p>\(tweet)</p>— Ferry Crew (@ferrycrew)
        <a href="https://twitter.example/ferrycrew/status/1">March 5, 2024</a></blockquote>
        <p>\(Support.story[2])</p>
        <div class="video-player"><p>\(player)</p></div>
        <figure><img src="pier.jpg" alt=""><figcaption>\(caption)</figcaption></figure>
        <p>\(Support.story[3])</p>
        </article>
        <div class="sidebar"><h3>Most read</h3>\(Support.linkList)</div>
        """,
      head: """
        <title>Pier to close | Harbour News</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Harbour board votes to close the old ferry pier","articleBody":"\(body)"}</script>
        """)
  }()

  @Test func ledeOutsideTheArticleIsBodyAndCaptionsAndPlayersAreNot() {
    let article = Support.read(Self.page)
    let body = Support.texts(article, [.body])
    #expect(body.first == Support.story[0])
    #expect(body.filter { Support.story.contains($0) } == Support.story)
    // The tweet is quoted by the story, as the benchmark's own pages count it; its
    // author, handle and date are the embed's furniture.
    #expect(body.contains(Self.tweet))
    #expect(
      Support.texts(article, [.boilerplate]).contains("— Ferry Crew (@ferrycrew) March 5, 2024"))
    #expect(!Support.texts(article, [.body, .heading]).contains { $0.contains("@ferrycrew") })
    #expect(Support.texts(article, [.boilerplate]).contains(Self.caption))
    #expect(Support.texts(article, [.boilerplate]).contains(Self.player))
    #expect(!Support.texts(article, [.body, .heading]).contains { $0.contains("mayor") })
  }

  @Test func otherArticlesBesideTheOneWithTheHeadlineAreOtherStories() {
    // A post, then two more posts as cards in the same column, each an `<article>`.
    let card = { (title: String, text: String) in
      "<article class=\"post\"><h2>\(title)</h2><p>\(text)</p></article>"
    }
    let page = Support.page(
      body: """
        <div class="column"><article class="post"><h1>Pier to close</h1>
        <p>\(Support.story[0])</p><p>\(Support.story[1])</p></article>
        \(card("Lighthouse reopens", Support.story[2]))\(card("Ferry fares", Support.story[3]))
        </div>
        """)
    let body = Support.texts(Support.read(page), [.body])
    #expect(body == Array(Support.story.prefix(2)))
  }

  @Test func aLiveBlogsUpdatesInsideTheArticleStayStory() {
    let update = { (text: String) in "<article class=\"update\"><p>\(text)</p></article>" }
    let page = Support.page(
      body: """
        <article class="story"><h1>Pier to close</h1><p>\(Support.story[0])</p>
        \(update(Support.story[1]))\(update(Support.story[2]))\(update(Support.story[3]))
        </article>
        """)
    #expect(Support.texts(Support.read(page), [.body]) == Support.story)
  }

  @Test func linksToOtherSitesInsideTheStoryAreStoryText() {
    // A shop's card between two paragraphs links away from the site; the list after the
    // story's last paragraph links within it, and so does a teaser inside the story.
    let card = """
      <div class="product-card"><a href="https://shop.example/ferry-model">Scale model of the \
      harbour ferry</a><br><a href="https://shop.example/ferry-model">Available from the \
      museum shop</a></div>
      """
    let page = Support.page(
      body: """
        <article class="story"><h1>Pier to close</h1>
        <p>\(Support.story[0])</p><p>\(Support.story[1])</p>\(card)
        <p><a href="/news/older-pier-story">Earlier: the pier's first repairs</a></p>
        <p>\(Support.story[2])</p><p>\(Support.story[3])</p>
        <p><a href="https://other.example/a">Council approves new budget</a></p>
        <p><a href="https://other.example/b">Storm warning for the coast</a></p></article>
        """,
      head: """
        <title>Pier to close | Harbour News</title>
        <link rel="canonical" href="https://www.harbour.example/news/pier">
        """)
    let article = Support.read(page)
    let body = Support.texts(article, [.body])
    #expect(body.contains("Scale model of the harbour ferry"))
    #expect(body.contains("Available from the museum shop"))
    let dimmed = Support.texts(article, [.boilerplate])
    #expect(dimmed.contains("Earlier: the pier's first repairs"))
    #expect(dimmed.contains("Council approves new budget"))
    #expect(dimmed.contains("Storm warning for the coast"))
  }

  @Test func aLinkLeadsWithinTheSiteByItsHost() {
    func host(_ address: String) -> String {
      String(decoding: HTMLBlockCollector.host(Array(address.utf8)), as: UTF8.self)
    }
    #expect(host("https://www.Harbour.example/news?id=1") == "harbour.example")
    #expect(host("//cdn.harbour.example:8080/a") == "cdn.harbour.example")
    #expect(host("HTTP://reader@shop.example#top") == "shop.example")
    #expect(host("/news/pier").isEmpty)
    #expect(host("news/pier//x").isEmpty)
    #expect(host("whatsapp://send?text=pier").isEmpty)
    #expect(host("javascript:void(0)").isEmpty)
  }

  @Test func withoutArticleBodyTheStandfirstStaysOut() {
    // Position alone is no evidence: pages put summaries there that are not the story.
    let text = String(decoding: Self.page, as: UTF8.self)
    let withoutBody = text.replacingOccurrences(of: "\"articleBody\"", with: "\"abstract\"")
    let article = Support.read(Array(withoutBody.utf8))
    #expect(Support.texts(article, [.body]).first == Support.story[1])
  }

  @Test func storySplitAroundAPictureIsKeptWhole() {
    let page = Support.page(
      body: """
        <div class="top"><h1>Pier to close</h1><div class="wrap"><div class="story-text">
        <p>\(Support.story[0])</p></div></div></div>
        <div class="sidebar">\(Support.linkList)</div>
        <figure><img src="pier.jpg" alt=""></figure>
        <div class="wrap-two"><div class="story-text">
        <p>\(Support.story[1])</p><p>\(Support.story[2])</p><p>\(Support.story[3])</p></div></div>
        """)
    #expect(Support.texts(Support.read(page), [.body]) == Support.story)
  }

  @Test func quoteInADimmedParagraphIsListedAsOutsideTheStory() throws {
    let analysis = Analyzer().analyze(Support.read(Self.page))
    let outside = try #require(analysis.quotes.first { $0.text.contains("build it again") })
    #expect(outside.outsideStory)
    let inside = try #require(analysis.quotes.first { $0.text.contains("patching a structure") })
    #expect(!inside.outsideStory)
    #expect(inside.speaker == "Marta Lindqvist")
    // Ids follow reading order across the story and the dimmed paragraphs.
    #expect(analysis.quotes.map(\.id) == Array(1...analysis.quotes.count))
    #expect(analysis.quotes.map(\.extent.start) == analysis.quotes.map(\.extent.start).sorted())
    // The caption's speaker is no voice of the story.
    #expect(!analysis.speakers.contains { $0.name.lowercased().contains("mayor") })

    let json = AnalysisJSON.encode(analysis)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let quotes = try #require(object["quotes"] as? [[String: Any]])
    let flagged = quotes.filter { $0["outsideStory"] as? Bool == true }
    #expect(flagged.count == 1)
    #expect((flagged.first?["text"] as? String)?.contains("build it again") == true)
    #expect(!quotes.contains { $0["outsideStory"] as? Bool == false })
  }

  @Test func plainTextTeasersStayUnanalysed() {
    // The boilerplate of plain text is other stories' teasers: not this article's quotes.
    let text =
      Support.story.joined(separator: "\n\n")
      + "\n\nMore from Harbour News\n\n“Nobody saw the storm coming, not even us,” says the coastguard, as the…\n\nTide tables for the week ahead show the highest…\n"
    let article = PlainTextIngest.article(from: text, source: "story.txt")
    let analysis = Analyzer().analyze(article)
    let teasers = article.paragraphs.filter { $0.kind == .boilerplate }
    #expect(!teasers.isEmpty)
    #expect(
      !analysis.quotes.contains { quote in
        teasers.contains { $0.start <= quote.extent.start && quote.extent.start < $0.end }
      })
    #expect(!analysis.quotes.contains { $0.outsideStory })
  }
}
