import QuothAnalysis
import Testing

@testable import QuothReader

/// One test (or more) per command: what `reduce` does to the state.
@Suite struct ReduceTests {
  /// The bus fixture in a short window: 7 body rows for 18 article lines.
  let short = Fixture.state(width: 90, height: 10)

  @Test func lineDownAndUpScrollByOneAndStopAtTheEnds() {
    var s = reduce(short, .lineDown).0
    #expect(s.top == 1)
    s = reduce(s, .lineUp).0
    s = reduce(s, .lineUp).0
    #expect(s.top == 0)
    s = Fixture.press(String(repeating: "j", count: 50), on: short)
    #expect(s.top == s.layout.lines.count - s.geometry.bodyHeight)
  }

  @Test func pagesAndHalfPages() {
    let body = short.geometry.bodyHeight
    let paged = reduce(short, .pageDown).0
    #expect(paged.top == body - 2)
    #expect(reduce(paged, .pageUp).0.top == 0)
    let half = reduce(short, .halfPageDown).0
    #expect(half.top == body / 2)
    #expect(reduce(half, .halfPageUp).0.top == 0)
  }

  @Test func topAndBottom() {
    let bottom = reduce(short, .bottom).0
    #expect(bottom.top == bottom.layout.lines.count - bottom.geometry.bodyHeight)
    #expect(reduce(bottom, .top).0.top == 0)
  }

  @Test func nextAndPreviousQuoteVisitQuotesInOrderAndScrollThemIntoView() {
    var s = short
    var visited: [Int] = []
    for _ in 0..<4 {
      s = reduce(s, .nextQuote).0
      visited.append(s.document.quotes[s.selectedQuote!].id)
      let line = s.layout.lineIndex(containing: s.document.quotes[s.selectedQuote!].extent.start)
      #expect(line >= s.top && line < s.top + s.geometry.bodyHeight)
    }
    #expect(visited == [1, 2, 3, 4])
    let atEnd = reduce(s, .nextQuote).0
    #expect(atEnd.selectedQuote == s.selectedQuote)
    #expect(atEnd.message?.text == "no more quotes below")
    s = reduce(s, .previousQuote).0
    #expect(s.document.quotes[s.selectedQuote!].id == 3)
  }

  /// With nothing selected, J and K start from the window: the first quote at or
  /// below its top line, the last one above it.
  @Test func nextAndPreviousQuoteWithNothingSelectedStartFromTheScrollPosition() {
    var s = short
    let secondQuote = s.document.quotes.extent(at: 1).start
    while s.layout.lines[s.top].start <= secondQuote { s = reduce(s, .lineDown).0 }
    #expect(s.selectedQuote == nil)
    let next = reduce(s, .nextQuote).0
    #expect(next.selectedQuote.map { next.document.quotes[$0].id } == 3)
    let previous = reduce(s, .previousQuote).0
    #expect(previous.selectedQuote.map { previous.document.quotes[$0].id } == 2)
  }

  @Test func theQuotesPaneFollowsTheSelection() {
    // 14 rows: the pane holds 5 entries; 4 quotes fit, so use a smaller window.
    var s = Fixture.state(width: 90, height: 8)
    #expect(s.geometry.paneEntries == 2)
    s = Fixture.press("JJJ", on: s)
    #expect(s.paneTop == 1)
    s = Fixture.press("KK", on: s)
    #expect(s.paneTop == 0)
  }

  @Test func tabFocusesThePaneWhereJAndKMoveAndEnterJumps() {
    var s = reduce(short, .toggleFocus).0
    #expect(s.focus == .pane)
    #expect(s.selectedQuote == 0)
    #expect(s.keyContext == .pane)
    s = Fixture.press("jj", on: s)
    #expect(s.selectedQuote == 2)
    #expect(s.top == 0)
    s = reduce(s, .open).0
    let line = s.layout.lineIndex(containing: s.document.quotes[2].extent.start)
    #expect(line >= s.top && line < s.top + s.geometry.bodyHeight)
    #expect(s.top > 0)
    s = reduce(s, .toggleFocus).0
    #expect(s.focus == .article)
  }

  @Test func tabWithTheHiddenPaneSaysSo() {
    let narrow = Fixture.state(width: 60, height: 10)
    let s = reduce(narrow, .toggleFocus).0
    #expect(s.focus == .article)
    #expect(s.message?.text.contains("hidden") == true)
  }

  @Test func theSpeakerPickerNarrowsAndFilters() {
    var s = reduce(short, .pickSpeaker).0
    #expect(s.picker != nil)
    #expect(s.keyContext == .picker)
    #expect(s.pickerEntries.map(\.name) == [nil, "Ana Ruiz", "Leo Park"])
    s = Fixture.press("ruiz", on: s)
    #expect(s.pickerEntries.map(\.name) == ["Ana Ruiz"])
    #expect(s.pickerEntries.map(\.count) == [3])
    s = reduce(s, .deleteBackward).0
    #expect(s.picker?.query == "rui")
    s = reduce(s, .open).0
    #expect(s.picker == nil)
    #expect(s.speakerFilter == "Ana Ruiz")
    #expect(Array(s.visibleQuotes) == [0, 2, 3])
    #expect(s.selectedQuote == 0)
    s = Fixture.press("JJ", on: s)
    #expect(s.document.quotes[s.selectedQuote!].id == 4)
  }

  @Test func escapeClosesThePickerWithoutFiltering() {
    let s = Fixture.press("s<Down><Esc>", on: short)
    #expect(s.picker == nil)
    #expect(s.speakerFilter == nil)
  }

  @Test func clearFilterShowsEveryQuote() {
    var s = reduce(short, .command(.pickSpeaker)).0
    s = Fixture.press("park<Enter>", on: s)
    #expect(Array(s.visibleQuotes) == [1])
    s = reduce(s, .clearFilter).0
    #expect(s.speakerFilter == nil)
    #expect(s.visibleQuotes.count == 4)
    #expect(reduce(s, .clearFilter).0.message?.text == "no speaker filter")
  }

  @Test func searchFindsEveryMatchAndStepsThroughThem() {
    var s = Fixture.press("/BUS<Enter>", on: short)
    #expect(s.search?.matches.count == 4)
    #expect(s.search?.current == 0)
    s = reduce(s, .nextMatch).0
    #expect(s.search?.current == 1)
    s = Fixture.press("nnn", on: s)
    #expect(s.search?.current == 0)
    #expect(s.message?.text == "search wrapped to the top")
    s = reduce(s, .previousMatch).0
    #expect(s.search?.current == 3)
    let line = s.layout.lineIndex(containing: s.search!.matches[3].start)
    #expect(line >= s.top && line < s.top + s.geometry.bodyHeight)
  }

  @Test func matchesShowWhileTypingAndEscapeRestoresTheView() {
    let scrolled = Fixture.press("jj/bus<Enter>", on: short)
    var s = Fixture.press("/sta", on: scrolled)
    #expect(s.prompt != nil)
    #expect(s.search?.label == "sta")
    #expect(s.search?.matches.count == 2)  // "stays", twice
    s = Fixture.press("x", on: s)
    #expect(s.search == nil)
    s = Fixture.press("<Esc>", on: s)
    #expect(s.prompt == nil)
    #expect(s.search == scrolled.search)
    #expect(s.top == scrolled.top)
  }

  @Test func aSearchWithNoMatchSaysSo() {
    let s = Fixture.press("/tram<Enter>", on: short)
    #expect(s.search == nil)
    #expect(s.message == .init(text: "no match for “tram”", isError: true))
    #expect(reduce(short, .nextMatch).0.message?.text.hasPrefix("no search") == true)
  }

  @Test func togglesForEntitiesAndThePane() {
    let off = reduce(short, .toggleEntities).0
    #expect(!off.showEntities)
    #expect(reduce(off, .toggleEntities).0.showEntities)
    let noPane = reduce(short, .togglePane).0
    #expect(!noPane.geometry.paneVisible)
    #expect(noPane.layout.width > short.layout.width)
    #expect(reduce(noPane, .togglePane).0.geometry.paneVisible)
  }

  @Test func theSpeakersViewFiltersOnEnter() {
    var s = reduce(short, .speakersView).0
    #expect(s.view == .speakers)
    #expect(s.keyContext == .view)
    s = Fixture.press("j", on: s)
    s = reduce(s, .open).0
    #expect(s.view == .text)
    #expect(s.speakerFilter == "Leo Park")
    #expect(reduce(reduce(short, .speakersView).0, .close).0.view == .text)
  }

  @Test func theEntitiesViewShowsWhereAnEntityOccurs() {
    var s = reduce(short, .entitiesView).0
    #expect(s.view == .entities)
    let rows = ViewContent.rows(for: s)
    #expect(rows[s.viewSelection].item == .entity(canonical: "Ana Ruiz", type: .person))
    s = reduce(s, .open).0
    #expect(s.view == .occurrences(canonical: "Ana Ruiz", type: .person))
    #expect(s.search?.matches.count == 2)
    #expect(s.search?.label == "Ana Ruiz")
    let list = render(s).text.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    #expect(list[1] == "  Where “Ana Ruiz” occurs (PERSON) · 2")
    #expect(list[3] == "      line 6  …heard the riders,” said Mayor Ana Ruiz. “The bus stays.”")
    #expect(list[4] == "     line 14  …should walk home at 2 a.m.,” Ruiz said.")
    s = Fixture.press("j<Enter>", on: s)
    #expect(s.view == .text)
    #expect(s.search?.current == 1)
    #expect(s.message?.text.hasPrefix("Ana Ruiz: mention 2 of 2") == true)
    let back = Fixture.press(
      "Eq", on: Fixture.press("<Enter>q", on: reduce(short, .entitiesView).0))
    #expect(back.view == .text)
  }

  @Test func severalArticlesOpenOnTheListAndStepWithAngleBrackets() {
    var s = Fixture.state([Fixture.bus, Fixture.sample], width: 90, height: 12)
    #expect(s.mode == .list)
    s = Fixture.press("j<Enter>", on: s)
    #expect(s.mode == .article)
    #expect(s.articleIndex == 1)
    s = reduce(s, .previousArticle).0
    #expect(s.articleIndex == 0)
    #expect(reduce(s, .previousArticle).0.message?.text == "this is the first article")
    s = reduce(s, .nextArticle).0
    #expect(s.articleIndex == 1)
    s = reduce(s, .close).0
    #expect(s.mode == .list)
    #expect(s.listSelection == 1)
    #expect(reduce(s, .close).1.contains(.quit))
  }

  @Test func anArticleOpensWhereItWasLeft() {
    var s = Fixture.state([Fixture.sample, Fixture.bus], width: 90, height: 12)
    s = Fixture.press("<Enter>jjjjjJ", on: s)
    let top = s.top
    let selected = s.selectedQuote
    s = Fixture.press(">", on: s)
    #expect(s.articleIndex == 1 && s.top == 0 && s.selectedQuote == nil)
    s = Fixture.press("<", on: s)
    #expect(s.top == top)
    #expect(s.selectedQuote == selected)
    s = Fixture.press("jjq<Enter>", on: s)
    #expect(s.top == top + 2)
  }

  @Test func aLongArticleListScrollsToTheSelection() {
    let many = Array(repeating: Fixture.bus, count: 12)
    var s = Fixture.state(many, width: 90, height: 8)
    s = Fixture.press("G", on: s)
    #expect(s.listSelection == 11)
    let screen = render(s)
    #expect(screen.line(1).contains("Article"))
    #expect(
      screen.styledText(showing: [.selected]).contains("{selected:  Council Keeps the Night Bus"))
    #expect(
      screen.styledText(showing: [.selected]).split(separator: "\n")[5].hasPrefix("{selected:"))
    #expect(screen.line(s.geometry.statusRow).contains("article 12/12"))
  }

  @Test func closeQuitsASingleArticleAndQuitNowQuitsAnywhere() {
    #expect(reduce(short, .close).1.contains(.quit))
    let help = reduce(short, .help).0
    #expect(!reduce(help, .close).1.contains(.quit))
    #expect(reduce(help, .quitNow).1.contains(.quit))
    #expect(reduce(reduce(short, .pickSpeaker).0, .quitNow).1.contains(.quit))
  }

  @Test func helpOpensAndCloses() {
    let s = reduce(short, .help).0
    #expect(s.view == .help)
    #expect(reduce(s, .help).0.view == .text)
    #expect(reduce(s, .cancel).0.view == .text)
  }

  @Test func thePromptRunsThemeSpeakerAndQuit() {
    var s = Fixture.press(":theme light<Enter>", on: short)
    #expect(s.themeName == "light")
    #expect(reduce(reduce(short, .prompt).0, .insert("q")).0.prompt?.text == "q")
    let (_, reaction) = short.replaying(Key.sequence(":theme light<Enter>"))
    #expect(reaction.contains(.themeChanged))
    s = Fixture.press(":theme neon<Enter>", on: short)
    #expect(s.themeName == "default")
    #expect(s.message?.isError == true)
    s = Fixture.press(":speaker park<Enter>", on: short)
    #expect(s.speakerFilter == "Leo Park")
    #expect(short.replaying(Key.sequence(":q<Enter>")).1.contains(.quit))
    s = Fixture.press(":toggle-pane<Enter>", on: short)
    #expect(!s.paneWanted)
    s = Fixture.press(":frobnicate<Enter>", on: short)
    #expect(s.message?.text.hasPrefix("unknown command “frobnicate”") == true)
  }

  /// `:speaker NAME` takes the speaker of exactly that name over a longer name that
  /// contains it, whoever is quoted more; a part of a name still finds the longer one.
  @Test func theSpeakerPromptPrefersTheExactName() {
    let text = """
      Pier Notes
      “The pier needs paint,” said Leo Parkinson.
      “The pier needs a plan,” said Leo Parkinson.
      “The pier is fine as it is,” said Leo Park.
      """
    let analysis = Analysis(
      article: PlainTextIngest.article(from: text, source: "pier.txt"), entities: [],
      quotes: [
        Fixture.quote(1, ["“The pier needs paint,”"], speaker: "Leo Parkinson", in: text),
        Fixture.quote(2, ["“The pier needs a plan,”"], speaker: "Leo Parkinson", in: text),
        Fixture.quote(3, ["“The pier is fine as it is,”"], speaker: "Leo Park", in: text),
      ],
      speakers: [
        Speaker(name: "Leo Parkinson", type: .person, description: nil, quotes: 2, words: 8),
        Speaker(name: "Leo Park", type: .person, description: nil, quotes: 1, words: 6),
      ])
    let state = Fixture.state([analysis])
    #expect(Fixture.press(":speaker leo park<Enter>", on: state).speakerFilter == "Leo Park")
    #expect(Fixture.press(":speaker Leo Park<Enter>", on: state).speakerFilter == "Leo Park")
    #expect(Fixture.press(":speaker parkin<Enter>", on: state).speakerFilter == "Leo Parkinson")
  }

  @Test func backspaceOnAnEmptyPromptCancelsIt() {
    var s = Fixture.press("/ab", on: short)
    s = Fixture.press("<BS><BS>", on: s)
    #expect(s.prompt?.text == "")
    s = reduce(s, .deleteBackward).0
    #expect(s.prompt == nil)
    #expect(Fixture.press("/ab<Esc>", on: short).prompt == nil)
  }

  @Test func redrawAndSuspendAreReactions() {
    #expect(reduce(short, .redraw).1 == .redrawAll)
    #expect(reduce(short, .suspend).1 == .suspend)
  }

  @Test func cancelClearsTheSearchThenThePaneFocus() {
    var s = Fixture.press("/bus<Enter><Tab>", on: short)
    s = reduce(s, .cancel).0
    #expect(s.search == nil)
    #expect(s.focus == .pane)
    s = reduce(s, .cancel).0
    #expect(s.focus == .article)
  }

  @Test func resizeReflowsAndKeepsTheReadingPosition() {
    let s = Fixture.press("jjjjj", on: Fixture.state([Fixture.sample], width: 120, height: 20))
    let offset = s.layout.lines[s.top].start
    let narrow = reduce(s, .resize(Size(width: 50, height: 20))).0
    #expect(narrow.layout.width < s.layout.width)
    let shown = narrow.layout.lines[narrow.top]
    #expect(shown.start <= offset && offset <= max(shown.end, shown.start))
    let back = reduce(narrow, .resize(Size(width: 120, height: 20))).0
    #expect(back.top == s.top)
  }

  @Test func theMouseSelectsQuotesInThePaneAndTheWheelScrolls() {
    let g = short.geometry
    var s = reduce(
      short, .click(row: g.bodyTop + 1 + Geometry.paneEntryHeight, column: g.paneLeft + 3)
    ).0
    #expect(s.selectedQuote == 1)
    #expect(s.focus == .pane)
    s = reduce(short, .scroll(3)).0
    #expect(s.top == 3)
  }

  @Test func aMessageLastsUntilTheNextKey() {
    let s = reduce(short, .clearFilter).0
    #expect(s.message != nil)
    #expect(reduce(s, .lineDown).0.message == nil)
  }
}
