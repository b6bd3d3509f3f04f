import QuothAnalysis
import Testing

@testable import QuothReader

/// `L` (the article's links: Enter reads the page in quoth, `o` opens it in the browser)
/// and `r` in a feed's list (the feeds read again).
@Suite struct LinkKeysTests {
  var linking: Analysis {
    var analysis = Fixture.bus
    analysis.article.source = "https://courier.test/night-bus"
    analysis.article.links = [
      ArticleLink(text: "the timetable", url: "https://courier.test/timetable"),
      ArticleLink(text: "Red \u{1B}[31mline\nmap", url: "https://maps.test/red"),
    ]
    return analysis
  }

  /// The reader reading `linking` in the background, analysed already.
  var reading: ReaderState {
    var state = ReaderState(
      sources: ["https://courier.test/night-bus"], size: Size(width: 100, height: 24))
    state = reduce(state, .analysed(0, ReaderDocument(linking))).0
    return state
  }

  @Test func lListsTheLinksAsNumberedRows() {
    let state = Fixture.press("L", on: reading)
    #expect(state.view == .links)
    let screen = render(state).text
    #expect(screen.contains("Links in the article · 2"))
    let rows = screen.split(separator: "\n")
    let first = rows.first { $0.contains("the timetable") }
    #expect(first?.contains("1  the timetable  https://courier.test/timetable") == true)
    // The escape is a placeholder and the line break a space: one row, nothing raw.
    let second = rows.first { $0.contains("https://maps.test/red") }
    #expect(second?.contains("2  Red ^[[31mline map") == true)
    #expect(!screen.contains("\u{1B}"))
    // L again, or q, goes back to the article.
    #expect(Fixture.press("L", on: state).view == .text)
    #expect(Fixture.press("q", on: state).view == .text)
  }

  @Test func anArticleWithoutLinksSaysSo() {
    let state = Fixture.press("L", on: Fixture.state([Fixture.bus]))
    #expect(render(state).text.contains("No links"))
    #expect(Fixture.press("\r", on: state).requests.isEmpty)
  }

  @Test func enterReadsTheLinkedPageAndQComesBack() {
    var state = Fixture.press("Lj\r", on: reading)
    // The page is a new article of the list, read in the background, open and pending.
    #expect(state.articles.count == 2)
    #expect(state.articles[1].source == "https://maps.test/red")
    #expect(state.articles[1].isPending)
    #expect(state.requests == [.read(["https://maps.test/red"])])
    #expect(state.mode == .article && state.articleIndex == 1)
    #expect(state.progress.total == 2 && state.progress.inBackground)
    state = reduce(state, .requestsTaken).0
    var page = Fixture.bus
    page.article.source = "https://maps.test/red"
    state = reduce(state, .analysed(1, ReaderDocument(page))).0
    #expect(state.document.quotes.count == Fixture.bus.quotes.count)
    // Back to the article that has the link.
    state = Fixture.press("q", on: state)
    #expect(state.mode == .article && state.articleIndex == 0)
    // One article and a page read from it: q still quits.
    #expect(Fixture.press("q", on: state).articleIndex == 0)
    #expect(reduce(state, .command(.close)).1.contains(.quit))
    // Following the same link again opens the page read already.
    state = Fixture.press("Lj\r", on: state)
    #expect(state.articles.count == 2 && state.articleIndex == 1 && state.requests.isEmpty)
  }

  @Test func oOnALinkRowOpensItInTheBrowser() {
    let state = Fixture.press("Ljo", on: reading)
    #expect(state.requests == [.openInBrowser("https://maps.test/red")])
    #expect(state.view == .links)
    // Outside the links view o still opens the article's own address.
    #expect(
      Fixture.press("o", on: reading).requests == [.openInBrowser("https://courier.test/night-bus")]
    )
  }

  @Test func withoutBackgroundReadingEnterSaysToUseTheBrowser() {
    let state = Fixture.press("L\r", on: Fixture.state([linking]))
    #expect(state.requests.isEmpty)
    #expect(state.message?.isError == true)
    #expect(state.articles.count == 1)
  }

  @Test func rInAFeedsListReadsTheFeedsAgainAndKeepsTheSelection() {
    var state = ReaderState(
      sources: ["https://courier.test/b", "https://courier.test/a"],
      titles: ["Entry B", "Entry A"], size: Size(width: 100, height: 12))
    state = reduce(state, .listReloadable).0
    state = Fixture.press("j", on: state)
    #expect(state.article(atRow: state.listSelection) == 1)
    state = Fixture.press("r", on: state)
    #expect(state.requests == [.reloadList])
    state = reduce(state, .requestsTaken).0
    // The feed now has a newer entry first, and no longer lists B.
    state =
      reduce(
        state,
        .relisted([
          ListedArticle(source: "https://courier.test/c", title: "Entry C"),
          ListedArticle(source: "https://courier.test/a", title: "Entry A"),
        ])
      ).0
    #expect(state.articles.map(\.source).last == "https://courier.test/c")
    #expect(state.requests == [.read(["https://courier.test/c"])])
    #expect((0..<state.listRowCount).map { state.article(atRow: $0) } == [2, 1, 0])
    // Still on entry A, now the second row.
    #expect(state.article(atRow: state.listSelection) == 1)
    #expect(state.message?.text == "1 new entry")
    #expect(render(state).text.contains("⋯ Entry C"))
  }

  @Test func rInAListOfFilesReadsTheSelectedArticleAgain() {
    var state = ReaderState(
      sources: ["a.txt", "b.txt"], size: Size(width: 100, height: 12))
    state = reduce(state, .failed(1, reason: "no such file")).0
    #expect(Fixture.press("jr", on: state).requests == [.reload(1)])
  }
}
