import QuothAnalysis
import Testing

@testable import QuothReader

/// `o` (open the article's address in the browser), `r` (read it again) and `O` (sort).
@Suite struct WebKeysTests {
  var fromTheWeb: Analysis {
    var analysis = Fixture.bus
    analysis.article.source = "https://courier.test/night-bus"
    analysis.article.url = "https://courier.test/2024/night-bus"
    return analysis
  }

  @Test func oAsksToOpenThePagesOwnAddress() {
    let state = Fixture.press("o", on: Fixture.state([fromTheWeb]))
    #expect(state.requests == [.openInBrowser("https://courier.test/2024/night-bus")])
    #expect(state.message?.text == "opening https://courier.test/2024/night-bus")
    // The front end answers; the request is gone.
    let (done, _) = reduce(state, .requestsTaken)
    #expect(done.requests.isEmpty)
  }

  @Test func oOnAFileSaysThereIsNoAddress() {
    let state = Fixture.press("o", on: Fixture.state([Fixture.bus]))
    #expect(state.requests.isEmpty)
    #expect(state.message?.text == "this article has no web address to open")
    #expect(state.message?.isError == true)
  }

  @Test func oInTheListOpensTheSelectedRowsAddress() {
    var second = fromTheWeb
    second.article.url = nil
    second.article.source = "https://courier.test/second"
    let list = Fixture.state([Fixture.bus, second])
    #expect(list.mode == .list)
    #expect(
      Fixture.press("jo", on: list).requests == [.openInBrowser("https://courier.test/second")])
    #expect(Fixture.press("o", on: list).requests.isEmpty)
  }

  @Test func aPendingFeedEntryOpensByItsLink() {
    let state = ReaderState(
      sources: ["https://courier.test/a", "https://courier.test/b"],
      titles: ["First entry", nil], size: Size(width: 100, height: 12))
    #expect(render(state).text.contains("⋯ First entry"))
    #expect(Fixture.press("jo", on: state).requests == [.openInBrowser("https://courier.test/b")])
  }

  @Test func rReadsTheOpenArticleAgain() {
    var state = ReaderState(
      sources: ["https://courier.test/night-bus"], size: Size(width: 100, height: 24))
    state = reduce(state, .analysed(0, ReaderDocument(fromTheWeb))).0
    #expect(state.progress.analysed == 1)
    state = Fixture.press("r", on: state)
    #expect(state.requests == [.reload(0)])
    #expect(state.articles[0].isPending)
    #expect(state.progress.analysed == 0 && !state.progress.isComplete)
    #expect(render(state).text.contains("Analysing night-bus"))
    // Pressing again while it is read asks nothing more.
    #expect(Fixture.press("r", on: reduce(state, .requestsTaken).0).requests.isEmpty)
    // The new analysis shows when it arrives.
    state = reduce(state, .analysed(0, ReaderDocument(fromTheWeb))).0
    #expect(state.progress.analysed == 1)
    #expect(state.document.quotes.count == Fixture.bus.quotes.count)
  }

  @Test func rRetriesAnArticleThatFailed() {
    var state = ReaderState(
      sources: ["https://courier.test/a", "https://courier.test/b"],
      size: Size(width: 100, height: 12))
    state = reduce(state, .failed(1, reason: "HTTP 503 Service Unavailable")).0
    #expect(render(state).text.contains("✗ b"))
    state = Fixture.press("jr", on: state)
    #expect(state.requests == [.reload(1)])
    #expect(state.articles[1].isPending && state.progress.failed == 0)
  }

  @Test func rWithoutBackgroundReadingSaysSo() {
    let state = Fixture.press("r", on: Fixture.state([fromTheWeb]))
    #expect(state.requests.isEmpty)
    #expect(state.message?.isError == true)
  }

  @Test func theBrowserCommandPassesTheAddressAsAnArgument() {
    let configured = BrowserCommand(configured: "lynx -dump %u", environment: ["BROWSER": "w3m"])
    #expect(
      configured.arguments(for: "https://a.test/?q=1;rm -rf ~")
        == ["/bin/sh", "-c", "lynx -dump \"$1\"", "sh", "https://a.test/?q=1;rm -rf ~"])
    let fromEnvironment = BrowserCommand(configured: nil, environment: ["BROWSER": "w3m:lynx"])
    #expect(fromEnvironment.arguments(for: "u")[2] == "w3m \"$1\"")
    let system = BrowserCommand(configured: nil, environment: [:])
    #expect(system.template.hasSuffix(" %u"))
  }
}
