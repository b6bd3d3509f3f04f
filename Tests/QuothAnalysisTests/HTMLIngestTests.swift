import Foundation
import Testing

@testable import QuothAnalysis

@Suite struct HTMLIngestTests {
  typealias Support = HTMLTestSupport

  @Test func storyInDivsWithoutArticleElement() {
    let page = Support.page(
      body: """
        \(Support.navigation)
        <div id="wrapper"><div class="header"><a href="/">Harbour News</a></div>
        <div class="main-column"><h1>Pier to close</h1>
        <div class="text">\(Support.storyParagraphs)</div></div>
        <div class="sidebar"><h3>Most read</h3>\(Support.linkList)</div>
        <div class="site-footer">Contact us. Terms of use. Privacy.</div></div>
        """)
    let article = Support.read(page)
    #expect(article.format == .html)
    #expect(Support.texts(article, [.body]) == Support.story)
    #expect(article.title == "Pier to close")
    #expect(!article.text.contains("Storm warning"))
    #expect(!article.text.contains("Terms of use"))
  }

  @Test func nestedLayoutTables() {
    let story = Support.story.map { "\($0)<br><br>" }.joined()
    let page = Support.page(
      body: """
        <table width="100%"><tr><td colspan="2"><a href="/">Harbour News</a> | <a href="/x">Archive</a></td></tr>
        <tr><td width="150" valign="top"><table><tr><td><a href="/news">News</a></td></tr>
        <tr><td><a href="/sport">Sport</a></td></tr><tr><td><a href="/opinion">Opinion</a></td></tr></table></td>
        <td valign="top"><table><tr><td><b>Pier to close</b></td></tr>
        <tr><td>\(story)</td></tr></table></td></tr>
        <tr><td colspan="2"><a href="/about">About</a> | <a href="/contact">Contact</a></td></tr></table>
        """)
    let body = Support.texts(Support.read(page), [.body])
    #expect(body.suffix(Support.story.count) == ArraySlice(Support.story))
    #expect(!body.contains { $0.contains("Opinion") || $0.contains("Contact") })
  }

  @Test func commentsLongerThanTheStoryAreDropped() {
    let comment =
      "I have taken this ferry every week for thirty years, and I think the board has ignored the people who live here, which is a disgrace, frankly."
    let comments = (1...8).map {
      "<li class=\"comment\"><div class=\"comment-author\">Reader \($0)</div><p>\(comment) Point \($0).</p></li>"
    }.joined()
    let page = Support.page(
      body: """
        <div class="page"><div class="story-body"><h1>Pier to close</h1>\(Support.storyParagraphs)</div>
        <section id="comments"><h2>8 comments</h2><ol class="comment-list">\(comments)</ol></section></div>
        """)
    let article = Support.read(page)
    #expect(Support.texts(article, [.body]) == Support.story)
    #expect(!article.text.contains("thirty years"))
  }

  @Test func latin1PageWithDeclaredCharset() {
    // "Café" and "naïve" in ISO-8859-1 bytes; curly quotes as Windows-1252 bytes.
    var bytes = Array(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>"
        .utf8)
    bytes += Array("The Caf".utf8) + [0xE9] + Array(" owner said ".utf8) + [0x93]
    bytes += Array("we are na".utf8) + [0xEF] + Array("ve about the weather".utf8) + [0x94]
    bytes += Array(", and then opened the doors to the long queue outside.</p></body></html>".utf8)
    let article = Support.read(bytes)
    #expect(
      article.text
        == "The Café owner said “we are naïve about the weather”, and then opened the doors to the long queue outside."
    )
  }

  @Test func undeclaredLatin1PageIsDetected() {
    var bytes = Array("<html><body><p>Jos".utf8) + [0xE9]
    bytes +=
      Array(" Garc".utf8) + [0xED]
      + Array(
        "a opened the new library in the old town hall on Monday morning.</p></body></html>".utf8)
    let article = Support.read(bytes)
    #expect(
      article.text == "José García opened the new library in the old town hall on Monday morning.")
  }

  @Test func brokenMarkupStillGivesTheStory() {
    let paragraphs = Support.story.map { "<p>\($0)" }.joined(separator: "\n")
    let page = Array(
      """
      <html><head><title>Pier to close</title><body><div class="article-body"><b>
      <h1>Pier to close</h2></b>\(paragraphs)</div></span></div></table>
      <div class="footer"><a href="/">Home
      """.utf8)
    let article = Support.read(page)
    #expect(Support.texts(article, [.body]) == Support.story)
  }

  @Test func entitiesAreDecodedAndWhitespaceNormalised() {
    let page = Support.page(
      body: """
        <article><p>  Smith &amp; Sons said &#8220;no&#8221; &mdash; twice,\n\n   and&nbsp;the
        town&rsquo;s   mayor  &#x2018;agreed&#x2019; with them, at least for now, on the matter of the pier.</p></article>
        """)
    let article = Support.read(page)
    #expect(
      Support.texts(article, [.body]).joined()
        == "Smith & Sons said “no” — twice, and the town’s mayor ‘agreed’ with them, at least for now, on the matter of the pier."
    )
  }

  @Test func metadataFromMetaOpenGraphAndJSONLD() {
    let head = """
      <title>Pier to close - Harbour News</title>
      <meta property="og:site_name" content="Harbour News">
      <meta property="og:title" content="Harbour board votes to close the old ferry pier">
      <meta name="author" content="Somebody Else">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Harbour News"},
        {"@type":"NewsArticle","headline":"Harbour board votes to close the old ferry pier",
         "datePublished":"2024-03-05T09:30:00Z","author":[{"@type":"Person","name":"Ana Ruiz"},
         {"@type":"Person","name":"Tom Berg"}]}]}</script>
      """
    let page = Support.page(
      body:
        "<article><h1>Harbour board votes to close the old ferry pier</h1>\(Support.storyParagraphs)</article>",
      head: head)
    let article = Support.read(page)
    #expect(article.title == "Harbour board votes to close the old ferry pier")
    #expect(article.byline == "Ana Ruiz and Tom Berg")
    #expect(article.date == "2024-03-05T09:30:00Z")
    #expect(article.siteName == "Harbour News")
    #expect(article.paragraphs.first?.kind == .title)
    #expect(Support.texts(article, [.title]) == ["Harbour board votes to close the old ferry pier"])
  }

  @Test func metadataFallsBackToMetaTagsAndTitle() {
    let head = """
      <title>Pier to close for good | Harbour News</title>
      <meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2024-03-05">
      """
    let article = Support.read(
      Support.page(body: "<article>\(Support.storyParagraphs)</article>", head: head))
    #expect(article.title == "Pier to close for good")
    #expect(article.byline == "Ana Ruiz")
    #expect(article.date == "2024-03-05")
    #expect(article.siteName == nil)
    #expect(Support.texts(article, [.title]) == ["Pier to close for good"])
  }

  @Test func structureIsKept() {
    let page = Support.page(
      body: """
        <article><h1>Pier to close</h1><p class="byline">By Ana Ruiz</p>
        <p>\(Support.story[0])</p><h2>What happens next</h2><p>\(Support.story[1])</p>
        <blockquote><p>\(Support.story[2])</p></blockquote>
        <ul><li>A temporary landing opens by spring, the board said.</li><li>The new pier follows within two years.</li></ul>
        <p>\(Support.story[3])</p></article>
        """)
    let article = Support.read(page)
    let kinds = article.paragraphs.map(\.kind)
    #expect(kinds == [.title, .byline, .body, .heading, .body, .body, .body, .body, .body])
    #expect(
      Support.texts(article, [.heading, .byline]) == ["By Ana Ruiz", "What happens next"])
    #expect(Support.texts(article, [.body]).contains("The new pier follows within two years."))
    // One paragraph per line of the text.
    #expect(article.text.split(separator: "\n").count == article.paragraphs.count)
  }

  @Test func furnitureInsideTheStoryIsDropped() {
    let page = Support.page(
      body: """
        <div class="cookie-banner"><p>We use cookies to improve your experience on our site and to show you relevant offers.</p></div>
        <article><h1>Pier to close</h1>
        <div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
        <p>\(Support.story[0])</p>
        <figure><img src="pier.jpg"><figcaption>The old pier at dawn. Photo: Harbour News</figcaption></figure>
        <p>\(Support.story[1])</p><p>Advertisement</p><p>\(Support.story[2])</p>
        <div class="related-articles"><h3>Related stories</h3>\(Support.linkList)</div>
        <p>\(Support.story[3])</p>
        <aside><p>Sign up for our morning newsletter and get the news first, every day of the week.</p></aside>
        </article>
        """)
    let article = Support.read(page)
    #expect(Support.texts(article, [.body, .heading]) == Support.story)
    for furniture in ["cookies", "Facebook", "Storm warning", "newsletter"] {
      #expect(!article.text.contains(furniture), "\(furniture)")
    }
    // A caption stays, dimmed, so that what it says is still analysed (apart).
    #expect(
      Support.texts(article, [.boilerplate]).contains("The old pier at dawn. Photo: Harbour News"))
  }

  @Test func scriptsStylesAndHiddenElementsAreNotText() {
    let page = Support.page(
      body: """
        <article><script>var story = "not this";</script><style>p { color: red }</style>
        <p>\(Support.story[0])</p><div style="display: none">Hidden promotion text that nobody sees on the page.</div>
        <p hidden>Another hidden paragraph that should never reach the reader at all.</p>
        <p>\(Support.story[1])</p></article>
        """)
    let article = Support.read(page)
    #expect(Support.texts(article, [.body]) == Array(Support.story.prefix(2)))
  }

  @Test func emptyPageGivesAnEmptyArticle() {
    let article = Support.read([])
    #expect(article.text.isEmpty)
    #expect(article.paragraphs.isEmpty)
  }

  @Test func quotesAndSpeakersMatchThePlainTextArticle() {
    let title = "Pier to close"
    let page = Support.page(
      body: """
        \(Support.navigation)<article><h1>\(title)</h1>\(Support.storyParagraphs)</article>\(Support.linkList)
        """, head: "<title>\(title)</title>")
    let fromHTML = Analyzer().analyze(Support.read(page))
    let plain = ([title] + Support.story).joined(separator: "\n")
    let fromText = Analyzer().analyze(PlainTextIngest.article(from: plain, source: "test.txt"))
    #expect(fromHTML.article.text == fromText.article.text)
    #expect(fromHTML.article.paragraphs == fromText.article.paragraphs)
    // Same text, so the same offsets: the analyses must agree item by item.
    #expect(fromHTML.quotes == fromText.quotes)
    #expect(fromHTML.speakers == fromText.speakers)
    #expect(fromHTML.entities == fromText.entities)
  }
}

@Suite struct HTMLFurnitureTests {
  typealias Support = HTMLTestSupport

  @Test func datelinesAreToldFromSentences() {
    #expect(Dateline.looksLikeDateline("Updated 9:41 am, Tuesday, March 5, 2024"))
    #expect(Dateline.looksLikeDateline("Published on the pier."))
    #expect(Dateline.looksLikeDateline("5 March 2024, 09:41"))
    #expect(Dateline.looksLikeDateline("03/05/2024"))
    #expect(Dateline.looksLikeDateline("Three hours ago"))
    #expect(Dateline.looksLikeDateline("March 5, 2024 9:41 a.m."))
    // A sentence that ends with a full stop is not one, dates in it or not.
    #expect(!Dateline.looksLikeDateline("The pier closed on March 5, 2024."))
    #expect(!Dateline.looksLikeDateline("The ferry leaves at 9:41 am from the north pier"))
    #expect(!Dateline.looksLikeDateline("Tea and scones"))
  }

  @Test func bylineDatelineAndCreditsAreNotBody() {
    let page = Support.page(
      body: """
        <article><h1>Pier to close</h1><div class="meta"><span>Ana Ruiz, Harbour Reporter</span></div>
        <div>Updated 9:41 am, Tuesday, March 5, 2024</div>
        <p>\(Support.story[0])</p><p>(Piet Smit / Harbour Photo Agency)</p>
        <p>\(Support.story[1])</p><p>\(Support.story[2])</p><p>\(Support.story[3])</p>
        <p>Tom Berg contributed to this report.</p></article>
        """, head: "<title>Pier to close</title><meta name=\"author\" content=\"Ana Ruiz\">")
    let article = Support.read(page)
    #expect(Support.texts(article, [.body]) == Support.story)
    #expect(Support.texts(article, [.byline]) == ["Ana Ruiz, Harbour Reporter"])
    #expect(
      Support.texts(article, [.boilerplate]) == [
        "Updated 9:41 am, Tuesday, March 5, 2024", "(Piet Smit / Harbour Photo Agency)",
        "Tom Berg contributed to this report.",
      ])
  }

  @Test func wrapperNamedLikeFurnitureKeepsALongStory() {
    // "-ad-" names advertising, but this wrapper holds the whole story.
    let paragraphs = (0..<12).map { "Part \($0 + 1). \(Support.story[$0 % 4])" }
    let page = Support.page(
      body: """
        <div class="page-ad-margins">\(Support.navigation)<div class="story">
        \(paragraphs.map { "<p>\($0)</p>" }.joined())
        <div class="photo-caption">The old pier at dawn, seen from the harbour wall.</div></div></div>
        """)
    let article = Support.read(page)
    #expect(Support.texts(article, [.body]) == paragraphs)
    #expect(!article.text.contains("The old pier at dawn"))
  }

  @Test func repeatedLinesAreBoilerplateTheSecondTime() {
    let pull = "“We cannot keep patching a structure that is older than anyone in this room.”"
    let page = Support.page(
      body:
        "<article><p>\(Support.story[0])</p><p>\(pull)</p><p>\(Support.story[1])</p><p>\(pull)</p></article>"
    )
    let kinds = Support.read(page).paragraphs.map(\.kind)
    #expect(kinds.suffix(4) == [.body, .body, .body, .boilerplate])
  }

  @Test func furnitureSectionAtTheEndIsBoilerplate() {
    let bio = "Ana Ruiz has covered the harbour and the islands for the paper since 2015."
    let page = Support.page(
      body: "<article>\(Support.storyParagraphs)<h3>About the author</h3><p>\(bio)</p></article>")
    let article = Support.read(page)
    #expect(Support.texts(article, [.body]) == Support.story)
    #expect(Support.texts(article, [.boilerplate]) == ["About the author", bio])
  }

  @Test func furniturePhrasesInLongerLinesAreBoilerplate() {
    // Site furniture of eight to fourteen words, inside the story.
    let furniture = [
      "Sign up for our morning newsletter and get the harbour news first.",
      "Click here to read every story we have published about the island ferry.",
      "Follow us on social media for live updates from the pier meeting tonight.",
    ]
    let page = Support.page(
      body: """
        <article><p>\(Support.story[0])</p><p>\(furniture[0])</p><p>\(Support.story[1])</p>
        <p>\(furniture[1])</p><p>\(Support.story[2])</p><p>\(furniture[2])</p>
        <p>\(Support.story[3])</p></article>
        """)
    let article = Support.read(page)
    #expect(Support.texts(article, [.body]) == Support.story)
    #expect(Support.texts(article, [.boilerplate]) == furniture)
  }

  @Test func aParagraphOfLinksInsideTheStoryIsBoilerplate() {
    let links =
      "<p><a href=\"/a\">Storm warning issued for the northern coast tonight</a> · "
      + "<a href=\"/b\">Local school wins national robotics competition</a></p>"
    let page = Support.page(
      body: """
        <article><p>\(Support.story[0])</p><p>\(Support.story[1])</p>\(links)
        <p>\(Support.story[2])</p><p>\(Support.story[3])</p></article>
        """)
    let article = Support.read(page)
    #expect(Support.texts(article, [.body]) == Support.story)
    #expect(
      Support.texts(article, [.boilerplate]) == [
        "Storm warning issued for the northern coast tonight · Local school wins national robotics competition"
      ])
  }

  @Test func smallDataTableBesideProseIsBoilerplateButATableStoryIsKept() {
    let ticker =
      "<table><tr><td>PIER</td><td>Harbour Co</td><td>12.40</td><td>-0.3%</td></tr></table>"
    let prose = Support.read(
      Support.page(body: "<article>\(Support.storyParagraphs)\(ticker)</article>"))
    #expect(Support.texts(prose, [.body]) == Support.story)

    let rows = (1...12).map {
      "<tr><td>\($0)</td><td>Skipper \($0)</td><td>\(100 - $0) points</td></tr>"
    }
    let standings = Support.read(
      Support.page(
        body: "<article><h1>Regatta standings</h1><table>\(rows.joined())</table></article>"))
    #expect(Support.texts(standings, [.body]).contains("Skipper 7"))
  }
}
