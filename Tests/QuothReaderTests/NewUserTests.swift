import Foundation
import QuothAnalysis
import Testing

@testable import QuothReader

/// What a new user met first (issue #16): the title line, narrow windows and the quote
/// detail view, the hints, counts, the article list as a place to work, help per
/// context, and a large article's progress screen.
@Suite struct NewUserTests {
  /// The rows of a screen as text.
  func rows(_ state: ReaderState) -> [String] {
    render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The bus fixture as a web page would give it: a site, a byline and a date.
  var busFromTheWeb: Analysis {
    var analysis = Fixture.bus
    analysis.article.source = "pages/night-bus.html"
    analysis.article.siteName = "Westbrook Courier"
    analysis.article.byline = "By Mia Stone"
    analysis.article.date = "2024-03-04T07:30:00Z"
    return analysis
  }

  // MARK: 1. What am I reading?

  @Test func theTitleLineShowsHeadlineSiteBylineAndDate() {
    let title = rows(Fixture.state([busFromTheWeb], width: 100))[0]
    #expect(title.hasPrefix(" Council Keeps the Night Bus "))
    #expect(title.hasSuffix("  Westbrook Courier · By Mia Stone · 4 Mar 2024"))
    #expect(!title.contains("night-bus.html"))
  }

  @Test func onANarrowWindowTheHeadlineComesBeforeTheDetails() {
    let title = rows(Fixture.state([busFromTheWeb], width: 50))[0]
    #expect(title.hasPrefix(" Council Keeps the Night Bus "))
    #expect(title.contains("Westbrook"))
    #expect(title.hasSuffix("…"))
  }

  @Test func aPlainTextWithoutHeadlineShowsItsFileNameOnce() {
    var analysis = Fixture.bus
    analysis.article.source = "notes/bus-notes.txt"
    analysis.article.title = nil
    let title = rows(Fixture.state([analysis], width: 80))[0]
    #expect(title.trimmingCharacters(in: .whitespaces) == "bus-notes.txt")
  }

  @Test func datesAreWrittenForPeopleWhenTheyParse() {
    #expect(ReadableDate.format("2019-11-19") == "19 Nov 2019")
    #expect(ReadableDate.format(" 2021-01-02T23:59:00+01:00") == "2 Jan 2021")
    #expect(ReadableDate.format("2019-13-19") == "2019-13-19")
    #expect(ReadableDate.format("Tuesday, 19 November") == "Tuesday, 19 November")
    #expect(ReadableDate.format("2019-11-19x") == "2019-11-19x")
  }

  // MARK: 2. Narrow windows

  @Test func at70ColumnsTheStatusLineNamesTheSpeaker() {
    let state = Fixture.press("JJ", on: Fixture.state(width: 70, height: 20))
    #expect(!state.geometry.paneVisible)
    #expect(rows(state)[18].hasPrefix(" line 1/"))
    #expect(rows(state)[18].contains("quote 2/4 Leo Park"))
  }

  @Test func theQuoteDetailViewShowsTheWholeQuoteAndWhatIsKnown() {
    var analysis = Fixture.bus
    let cue = Fixture.range(of: "said", in: Fixture.busText, occurrence: 1)
    analysis.quotes[0].cue = TextSpan(start: cue.start, end: cue.end, text: "said")
    let mention = Fixture.range(of: "Mayor Ana Ruiz", in: Fixture.busText)
    analysis.quotes[0].mention = TextSpan(
      start: mention.start, end: mention.end, text: "Mayor Ana Ruiz")
    analysis.quotes[0].speakerConfidence = 0.42
    let state = Fixture.press("Ji", on: Fixture.state([analysis], width: 40, height: 16))
    #expect(state.view == .quote(0))
    let screen = rows(state)
    #expect(screen[1] == "  Quote 1 of 4")
    // The quote in full, wrapped to the window, both its parts.
    #expect(screen[3].hasPrefix("  “We heard the riders,” … “The bus"))
    #expect(screen[4].hasPrefix("  stays.”"))
    #expect(screen[6].hasPrefix("  Speaker     Ana Ruiz, the mayor"))
    #expect(screen[7].hasPrefix("  Confidence  42% ? the speaker"))
    #expect(screen[8].hasPrefix("  Cue         “said”"))
    #expect(screen[9].hasPrefix("  Named as    “Mayor Ana Ruiz”"))
    // The title, a blank line, two lines of the first paragraph, a blank line: line 6.
    #expect(screen[10].hasPrefix("  Where       line 6 of \(state.layout.lines.count) "))
    #expect(screen[14].hasPrefix(" quote 1/4"))
  }

  @Test func enterOnASelectedQuoteOpensItsDetailAndJKStepThroughQuotes() {
    var state = Fixture.press("J<Enter>", on: Fixture.state(width: 70, height: 20))
    #expect(state.view == .quote(0))
    state = Fixture.press("J", on: state)
    #expect(state.view == .quote(1))
    #expect(state.selectedQuote == 1)
    #expect(rows(state).contains { $0.hasPrefix("  Speaker     Leo Park") })
    // A quote with no confidence (set by hand here) shows none.
    #expect(!rows(state).contains { $0.contains("Confidence") })
    // Enter goes to the quote in the article; q goes back with it selected.
    let shown = Fixture.press("<Enter>", on: state)
    #expect(shown.view == .text && shown.selectedQuote == 1)
    let back = Fixture.press("q", on: state)
    #expect(back.view == .text && back.selectedQuote == 1)
  }

  @Test func iWithoutASelectionTakesTheFirstQuoteOnScreen() {
    let state = Fixture.press("i", on: Fixture.state(width: 70, height: 20))
    #expect(state.view == .quote(0))
  }

  @Test func theHintsKeepHelpAndQuitAtEveryWidth() {
    for width in [40, 60, 80, 100] {
      let state = Fixture.state(width: width, height: 20)
      let hints = rows(state)[19].trimmingCharacters(in: .whitespaces)
      #expect(hints.hasSuffix("? help  q quit"), "at \(width) columns: \(hints)")
      #expect(hints.hasPrefix("J next quote"))
    }
    // Without the pane, i (the quote detail) takes Tab's place.
    #expect(rows(Fixture.state(width: 70, height: 20))[19].contains("i quote"))
    #expect(!rows(Fixture.state(width: 70, height: 20))[19].contains("Tab"))
  }

  @Test func onAWideWindowThePaneTakesWhatTheTextLeaves() {
    let state = Fixture.state([Fixture.sample], width: 200, height: 30)
    #expect(state.geometry.textWidth == Geometry.maximumMeasure)
    #expect(state.geometry.paneWidth == 200 - 1 - Geometry.maximumMeasure - 4)
    // The first quote's start fits whole where 40 columns cut it.
    #expect(
      rows(state)[3].contains("“This boat is how nurses, bakers and cleaners get home,”"))
    #expect(Fixture.state([Fixture.sample], width: 120).geometry.paneWidth == 40)
  }

  // MARK: 4. less habits

  @Test func countsRepeatMovesAndGGoesToALine() {
    let start = Fixture.state([Fixture.sample], width: 100, height: 20)
    #expect(Fixture.press("5j", on: start).top == 5)
    #expect(Fixture.press("12j3k", on: start).top == 9)
    #expect(Fixture.press("10G", on: start).top == 9)
    #expect(Fixture.press("G10g", on: start).top == 9)
    let third = Fixture.press("3J", on: start)
    #expect(third.selectedQuote == 2)
    // The count waits on the status line and goes with the command it was for.
    #expect(rows(Fixture.press("12", on: start))[18].contains("count 12"))
    #expect(Fixture.press("5jj", on: start).top == 6)
    #expect(Fixture.press("5j", on: start).count == nil)
  }

  @Test func digitsTypedIntoAPromptAreText() {
    let state = Fixture.press("/2 a<Enter>", on: Fixture.state())
    #expect(state.search?.matches.count == 1)
    #expect(state.count == nil)
  }

  @Test func hOpensTheHelpAndFlowControlKeysAreBound() {
    #expect(Fixture.press("h", on: Fixture.state()).view == .help)
    #expect(Keymap.standard.command(for: .ctrl("s"), in: .article) == .search)
    #expect(Keymap.standard.command(for: .ctrl("q"), in: .article) == .quitNow)
    #expect(Fixture.state().replaying([.ctrl("q")]).1.contains(.quit))
  }

  // MARK: 3. The article list

  /// The sample, then the bus: the list in that order.
  var list: ReaderState { Fixture.state([Fixture.sample, Fixture.bus], width: 100, height: 12) }

  @Test func slashFiltersTheListAsYouType() {
    let typing = Fixture.press("/bus", on: list)
    #expect(typing.listRowCount == 1)
    #expect(typing.article(atRow: 0) == 1)
    let filtered = Fixture.press("<Enter>", on: typing)
    let screen = rows(filtered)
    #expect(screen[2].contains("Council Keeps the Night Bus"))
    #expect(!screen.contains { $0.contains("Harbour Town") })
    #expect(screen[10].contains("article 1/1 of 2") && screen[10].contains("“bus”"))
    // Enter opens the article in the filtered row; Esc in the list shows them all.
    #expect(Fixture.press("<Enter>", on: filtered).articleIndex == 1)
    #expect(Fixture.press("<Esc>", on: filtered).listRowCount == 2)
    // Esc while typing puts the filter back as it was.
    #expect(Fixture.press("/ferry<Esc>", on: list).listRowCount == 2)
  }

  @Test func capitalOSortsTheListByTitleDateSiteAndQuotes() {
    var state = Fixture.press("O", on: list)
    #expect(state.listSort == .title)
    #expect(state.article(atRow: 0) == 1)  // Council… before Harbour…
    #expect(rows(state)[10].contains("by title"))
    // The selection stays on the article it was on.
    #expect(state.listSelection == 1)
    state = Fixture.press("OOO", on: state)
    #expect(state.listSort == .quotes)
    #expect(state.article(atRow: 0) == 0)  // the sample's 5 quotes before the bus's 4
    state = Fixture.press("O", on: state)
    #expect(state.listSort == .files && state.listOrder == nil)
  }

  @Test func sortingByDatePutsTheNewestFirst() {
    var older = busFromTheWeb
    older.article.date = "2023-12-01"
    var newer = busFromTheWeb
    newer.article.date = "2024-02-01"
    newer.article.title = "Night Bus Timetable Grows"
    let state = Fixture.press(
      "OO", on: Fixture.state([Fixture.sample, older, newer], width: 100, height: 12))
    #expect(state.listSort == .date)
    #expect((0..<3).compactMap(state.article(atRow:)) == [2, 1, 0])
  }

  @Test func sInTheListPicksASpeakerAcrossTheArticles() {
    let picking = Fixture.press("s", on: list)
    #expect(render(picking).text.contains("Articles quoting…"))
    let names = picking.pickerEntries.compactMap(\.name)
    #expect(names.contains("Priya Raman") && names.contains("Leo Park"))
    let quoting = Fixture.press("leo<Enter>", on: picking)
    #expect(quoting.listSpeaker == "Leo Park")
    #expect(quoting.listRowCount == 1 && quoting.article(atRow: 0) == 1)
    #expect(rows(quoting)[10].contains("quoting Leo Park"))
    #expect(Fixture.press("S", on: quoting).listRowCount == 2)
  }

  @Test func vInTheListShowsWhoIsQuotedAcrossTheListedArticles() {
    let state = Fixture.press("v", on: list)
    #expect(state.view == .listSpeakers)
    // Every speaker is quoted in one article here: the one with more quotes first.
    #expect(state.listSpeakerCounts.map(\.name).prefix(2) == ["Ana Ruiz", "Priya Raman"])
    #expect(state.listSpeakerCounts.first == ListSpeaker(name: "Ana Ruiz", articles: 1, quotes: 3))
    let screen = rows(state)
    #expect(screen[1].contains("Who is quoted across the 2 articles listed"))
    #expect(screen[3].contains("Speaker") && screen[3].contains("Articles"))
    #expect(screen[3].contains("Quotes") && screen[3].hasSuffix("Last quoted"))
    // Neither article gives a date, and they are not in a library: no day to show.
    #expect(screen[4].hasPrefix("  Ana Ruiz ") && screen[4].contains(" 3 "))
    #expect(screen[4].hasSuffix("—"))
    #expect(screen[10].contains("speakers across the list"))
    // Enter lists the articles quoting the selected speaker; q goes back to the list.
    let quoting = Fixture.press("j<Enter>", on: state)
    #expect(quoting.mode == .list && quoting.listSpeaker == "Priya Raman")
    #expect(quoting.listRowCount == 1 && quoting.article(atRow: 0) == 0)
    #expect(Fixture.press("q", on: state).mode == .list)
    // After a filter, only the speakers of the articles listed.
    let filtered = Fixture.press("/bus<Enter>v", on: list)
    #expect(filtered.listSpeakerCounts.map(\.name) == ["Ana Ruiz", "Leo Park"])
  }

  @Test func anArticleArrivingTakesItsPlaceInASortedList() {
    var state = ReaderState(
      sources: ["b.txt", "a.txt", "c.txt"], size: Size(width: 100, height: 12))
    state = Fixture.press("OOOO", on: state)  // by quotes: nothing analysed yet
    #expect(state.listSort == .quotes)
    var few = Fixture.bus
    few.article.source = "a.txt"
    few.quotes.removeLast(2)
    _ = reduce(&state, .analysed(1, ReaderDocument(few)))
    var many = Fixture.sample
    many.article.source = "c.txt"
    _ = reduce(&state, .analysed(2, ReaderDocument(many)))
    // Analysed ones by their quotes, the one still pending last.
    #expect((0..<3).compactMap(state.article(atRow:)) == [2, 1, 0])
  }

  // MARK: Help per context

  @Test func theHelpListsOnlyTheKeysInForceWhereItWasOpened() {
    let inList = Fixture.press("?", on: list)
    #expect(inList.viewLines.contains(.command(.sortList)))
    #expect(!inList.viewLines.contains(.command(.toggleEntities)))
    #expect(render(inList).text.contains("Keys in the article list"))
    let inArticle = Fixture.press("?", on: Fixture.state())
    #expect(inArticle.viewLines.contains(.command(.toggleEntities)))
    #expect(inArticle.viewLines.contains(.command(.quoteDetail)))
    #expect(!inArticle.viewLines.contains(.command(.sortList)))
    // One article: no stepping between articles.
    #expect(!inArticle.viewLines.contains(.command(.nextArticle)))
  }

  // MARK: 5. Never a blank screen

  @Test func aLargeArticleOpensOnAProgressScreenAndItsWarningShowsWhenItArrives() {
    var state = ReaderState(sources: ["/data/huge-report.txt"], size: Size(width: 80, height: 12))
    #expect(state.mode == .article)
    var screen = rows(state)
    #expect(screen[0].hasPrefix(" huge-report.txt"))
    #expect(screen[1].contains("Analysing huge-report.txt…"))
    #expect(screen[10].contains("analysing") && screen[10].contains("analysed 0/1"))
    // The analysis reports its sections: the progress line counts them.
    _ = reduce(&state, .analysing(0, 0.4))
    #expect(rows(state)[1].contains("Analysing huge-report.txt… 40%"))
    _ = reduce(&state, .noted(0, "/data/huge-report.txt: invalid UTF-8 replaced with U+FFFD"))
    var analysis = Fixture.bus
    analysis.article.source = "/data/huge-report.txt"
    _ = reduce(&state, .analysed(0, ReaderDocument(analysis)))
    screen = rows(state)
    #expect(screen[1].contains("Council Keeps the Night Bus"))
    #expect(state.analysingFraction.isEmpty)
    #expect(screen[10].contains("invalid UTF-8 replaced"))
    // The warning is said again when the article is opened again.
    #expect(state.notes[0]?.count == 1)
  }
}
