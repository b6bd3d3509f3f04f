import Foundation
import Testing

@testable import QuothAnalysis

/// The links ingest keeps for the reader's `L`: anchors inside the story (resolved against
/// `<base>` or the page's address), Markdown links, bare addresses in plain text.
@Suite struct ArticleLinkTests {
  let storyPage = """
    <!DOCTYPE html><html><head><meta charset="utf-8"><title>Quarry hearing</title>{BASE}</head>
    <body><nav><a href="/front">Front page</a> <a href="/sport">Sport</a></nav>
    <article><h1>Quarry hearing</h1>
    <p>The inquiry into the quarry at Breck Hill opened on Thursday, and the first witness,
    a hydrologist, described <a href="reports/water.html">the spring survey</a> in detail to the panel.</p>
    <p>“We measured the wells every week for a year,” said Agnes Moll, who led the survey, adding
    that <a href="https://records.example/breck">the county's records</a> went back further still.</p>
    <p>The panel will hear from the quarry's owners next week, <a href="#next">see below</a>, and
    anyone may write to <a href="mailto:panel@example.org">the panel</a> before then.</p>
    </article><footer><a href="/contact">Contact</a></footer></body></html>
    """

  @Test func htmlKeepsTheStorysLinksResolvedAgainstThePageAddress() {
    let page = storyPage.replacingOccurrences(of: "{BASE}", with: "")
    let article = HTMLIngest.read(
      Array(page.utf8), source: "https://news.example/2024/quarry.html"
    ).article
    #expect(
      article.links == [
        ArticleLink(text: "the spring survey", url: "https://news.example/2024/reports/water.html"),
        ArticleLink(text: "the county's records", url: "https://records.example/breck"),
      ])
  }

  @Test func htmlReadsRelativeLinksAgainstBase() {
    let page = storyPage.replacingOccurrences(
      of: "{BASE}", with: "<base href=\"https://archive.example/quarry/\">")
    let article = HTMLIngest.read(Array(page.utf8), source: "saved/quarry.html").article
    #expect(article.links.first?.url == "https://archive.example/quarry/reports/water.html")
    #expect(article.links.count == 2)
  }

  @Test func aRelativeBaseIsReadAgainstThePageAddress() {
    let page = storyPage.replacingOccurrences(of: "{BASE}", with: "<base href=\"/archive/\">")
    let article = HTMLIngest.read(Array(page.utf8), source: "https://news.example/2024/q.html")
      .article
    #expect(article.links.first?.url == "https://news.example/archive/reports/water.html")
  }

  @Test func markdownFromTheWebReadsRelativeLinksAgainstItsAddress() {
    let article = MarkdownIngest.article(
      from: "Fares rise, says [the notice](notice.html), posted on Monday.\n",
      source: "https://ferry.example/news/fares.md")
    #expect(article.links.map(\.url) == ["https://ferry.example/news/notice.html"])
  }

  @Test func aSavedPageWithoutAddressKeepsRelativeLinksAsWritten() {
    let page = storyPage.replacingOccurrences(of: "{BASE}", with: "")
    let article = HTMLIngest.read(Array(page.utf8), source: "saved/quarry.html").article
    #expect(article.links.map(\.url) == ["reports/water.html", "https://records.example/breck"])
  }

  @Test func markdownLinksAreKept() {
    let article = MarkdownIngest.article(
      from: """
        # Ferry fares

        Fares rise in June, says [the operator's notice](https://ferry.example/notice), and
        the [old timetable](https://ferry.example/old) stays online.
        """, source: "fares.md")
    #expect(
      article.links == [
        ArticleLink(text: "the operator's notice", url: "https://ferry.example/notice"),
        ArticleLink(text: "old timetable", url: "https://ferry.example/old"),
      ])
  }

  @Test func plainTextKeepsBareAddressesWithoutTheirClosingPunctuation() {
    let article = PlainTextIngest.article(
      from: """
        Council papers

        The minutes are at https://council.example/minutes?id=4. The vote (see
        http://council.example/vote) was close, and “https://quoted.example/page” was cited.
        HTTPS://LOUD.EXAMPLE/Page, and the Wikipedia page https://wiki.example/Breck_(hill) too.
        Not an address: http:// alone, or httpx://odd.example.
        """, source: "council.txt")
    #expect(
      article.links.map(\.url) == [
        "https://council.example/minutes?id=4", "http://council.example/vote",
        "https://quoted.example/page", "HTTPS://LOUD.EXAMPLE/Page",
        "https://wiki.example/Breck_(hill)",
      ])
    #expect(article.links.allSatisfy { $0.text == $0.url })
  }
}
