import QuothAnalysis
import Testing

@testable import QuothReader

/// A list opened before its articles are analysed: pending rows, results folding in
/// through reduce, progress, unreadable files, and opening an article still pending.
@Suite struct ArticleListTests {
  let sources = ["news/bus.txt", "news/ferry.txt", "news/bad.bin"]

  func pending(width: Int = 90, height: Int = 10) -> ReaderState {
    ReaderState(sources: sources, size: Size(width: width, height: height))
  }

  var bus: ReaderDocument { ReaderDocument(Fixture.bus) }
  var ferry: ReaderDocument { ReaderDocument(Fixture.sample) }

  @Test func theListShowsEveryFileAtOnceByNameWithAPendingMark() {
    let s = pending()
    #expect(s.mode == .list)
    #expect(s.progress == AnalysisProgress(total: 3, inBackground: true))
    let screen = render(s)
    #expect(screen.line(0).hasSuffix("3 articles"))
    #expect(screen.line(2) == "  ⋯ bus.txt                                       …       …")
    #expect(screen.line(3).hasPrefix("  ⋯ ferry.txt"))
    #expect(screen.line(4).hasPrefix("  ⋯ bad.bin"))
    #expect(screen.line(s.geometry.statusRow) == " article 1/3   analysed 0/3")
    #expect(screen.styledText(showing: [.paneDim]).contains("{pane.dim:⋯ bus.txt"))
  }

  @Test func resultsFillInTheirRowsAndTheProgress() {
    var s = pending()
    s.message = ReaderState.Message(text: "theme light", isError: false)
    s = reduce(s, .analysed(1, ferry)).0
    #expect(s.progress.analysed == 1 && s.progress.finished == 1)
    #expect(s.articles[1].summary?.title == "Harbour Town Votes to Keep Its Night Ferry Running")
    #expect(s.articles[1].document == ferry)
    // A result arriving is not something the user did: the message stays.
    #expect(s.message?.text == "theme light")
    let screen = render(s)
    #expect(screen.line(2).hasPrefix("  ⋯ bus.txt"))
    #expect(
      screen.line(3)
        == "  Harbour Town Votes to Keep Its Night Ferry Run… 5       4         Priya Raman (2)")
    #expect(screen.line(s.geometry.statusRow).hasPrefix(" article 1/3   analysed 1/3"))
  }

  @Test func anUnreadableFileIsARowWithTheReasonNotALostRow() {
    let s = reduce(pending(), .failed(2, reason: "looks like a binary file, not an article")).0
    #expect(s.progress.failed == 1 && s.progress.analysed == 0)
    let screen = render(s)
    #expect(
      screen.line(4)
        == "  ✗ bad.bin                                       looks like a binary file, not an artic…"
    )
    #expect(screen.styledText(showing: [.error]).contains("{error:✗ bad.bin"))
    #expect(screen.line(s.geometry.statusRow) == " article 1/3   analysed 1/3   1 unreadable")
    // Opened, it says why, in the article area.
    let opened = Fixture.press("jj<Enter>", on: s)
    #expect(opened.mode == .article && opened.articleIndex == 2)
    let article = render(opened)
    #expect(article.line(1) == "  This file could not be read:")
    #expect(article.line(2) == "  looks like a binary file, not an article")
    #expect(
      Fixture.press("J", on: opened).message?.text == "looks like a binary file, not an article")
  }

  @Test func theProgressReachesTheTotalAndStaysInTheList() {
    var s = pending()
    s = reduce(s, .analysed(0, bus)).0
    s = reduce(s, .analysed(1, ferry)).0
    s = reduce(s, .failed(2, reason: "no such file")).0
    #expect(s.progress.isComplete)
    #expect(render(s).line(s.geometry.statusRow) == " article 1/3   analysed 3/3   1 unreadable")
    #expect(s.analysisWanted.isEmpty)
    // In an article the progress shows only while there is some to make.
    let article = Fixture.press("<Enter>", on: s)
    #expect(!render(article).line(article.geometry.statusRow).contains("analysed"))
    let early = Fixture.press("<Enter>", on: reduce(pending(), .analysed(0, bus)).0)
    #expect(render(early).line(early.geometry.statusRow).hasSuffix("analysed 1/3"))
  }

  @Test func aSecondResultForAnArticleIsIgnoredAndSoIsAStrayIndex() {
    var s = reduce(pending(), .analysed(0, bus)).0
    s = reduce(s, .analysed(0, ferry)).0
    s = reduce(s, .failed(0, reason: "late")).0
    s = reduce(s, .analysed(7, ferry)).0
    s = reduce(s, .failed(-1, reason: "stray")).0
    #expect(s.articles[0].document == bus)
    #expect(s.progress.finished == 1)
  }

  @Test func anArticleOpenedWhilePendingShowsWhenItArrives() {
    var s = Fixture.press("j<Enter>", on: pending(width: 100, height: 24))
    #expect(s.mode == .article && s.articleIndex == 1)
    var screen = render(s)
    #expect(screen.line(0).hasPrefix(" ferry.txt"))
    #expect(screen.line(1) == "  Analysing ferry.txt…")
    #expect(screen.line(2) == "  It shows here as soon as it is ready.")
    #expect(!s.geometry.paneVisible)
    #expect(screen.line(s.geometry.statusRow) == " analysing   analysed 0/3")
    // Keys that need the analysis say so; moving around still works.
    #expect(Fixture.press("J", on: s).message?.text.contains("still being analysed") == true)
    #expect(Fixture.press("s", on: s).picker == nil)
    #expect(Fixture.press(">", on: s).articleIndex == 2)
    // Another article's result changes nothing on screen but its row.
    s = reduce(s, .analysed(0, bus)).0
    #expect(render(s).line(1) == "  Analysing ferry.txt…")
    s = reduce(s, .analysed(1, ferry)).0
    screen = render(s)
    #expect(screen.line(0).hasPrefix(" Harbour Town Votes"))
    #expect(s.geometry.paneVisible)
    #expect(s.layout.lines.count > 10)
    #expect(screen.line(s.geometry.statusRow).hasPrefix(" line 1/"))
    s = Fixture.press("J", on: s)
    #expect(s.selectedQuote == 0)
  }

  @Test func theBackgroundIsToldWhatTheUserIsWaitingFor() {
    let many = (0..<100).map { "folder/\($0).txt" }
    var s = ReaderState(sources: many, size: Size(width: 90, height: 10))
    // The list: the selection first, then the other rows on screen (6 fit).
    #expect(s.analysisWanted == [0, 1, 2, 3, 4, 5])
    s = Fixture.press("G", on: s)
    #expect(s.analysisWanted == [99, 94, 95, 96, 97, 98])
    s = reduce(s, .analysed(98, bus)).0
    #expect(s.analysisWanted == [99, 94, 95, 96, 97])
    // An article: the open one and the next.
    s = Fixture.press("<Enter>", on: reduce(s, .top).0)
    #expect(s.articleIndex == 0)
    #expect(s.analysisWanted == [0, 1])
  }

  @Test func aListOfTenThousandBuildsOnlyTheRowsOnScreen() {
    let many = (0..<10_000).map { String(format: "folder/article-%05d.txt", $0) }
    var s = ReaderState(sources: many, size: Size(width: 90, height: 12))
    #expect(ViewContent.rows(for: s).count == 1 + 8)
    s = Fixture.press("G", on: s)
    let screen = render(s)
    #expect(screen.line(0).hasSuffix("10,000 articles"))
    #expect(screen.line(9).hasPrefix("  ⋯ article-09999.txt"))
    #expect(screen.line(2).hasPrefix("  ⋯ article-09992.txt"))
    #expect(screen.line(s.geometry.statusRow) == " article 10,000/10,000   analysed 0/10,000")
    // A click opens the row it lands on, scrolled or not.
    let clicked = reduce(s, .click(row: 2, column: 5)).0
    #expect(clicked.mode == .article && clicked.articleIndex == 9992)
  }

  @Test func reducingInPlaceIsTheSameAsReducing() {
    var inPlace = pending()
    var copied = pending()
    let actions: [Action] = [
      .analysed(1, ferry), .command(.lineDown), .command(.open), .failed(2, reason: "gone"),
      .command(.nextQuote), .resize(Size(width: 70, height: 20)), .command(.close),
    ]
    for action in actions {
      let reaction = reduce(&inPlace, action)
      let (next, expected) = reduce(copied, action)
      copied = next
      #expect(reaction == expected)
    }
    #expect(render(inPlace) == render(copied))
    #expect(inPlace.articles == copied.articles)
  }

  @Test func theHelpOpenedFromTheListGoesBackToTheList() {
    let list = Fixture.press("j", on: reduce(pending(), .analysed(0, bus)).0)
    for (open, close) in [("?", "q"), ("?", "?"), ("?", "<Escape>"), (":help<Enter>", "q")] {
      let help = Fixture.press(open, on: list)
      #expect(help.view == .help, "\(open)")
      #expect(render(help).line(0).hasSuffix("3 articles"), "\(open)")
      let back = Fixture.press(close, on: help)
      #expect(
        back.mode == .list && back.view == .text && back.listSelection == 1, "\(open)\(close)")
    }
    // From an article, the help goes back to the article.
    let article = Fixture.press("k<Enter>?q", on: list)
    #expect(article.mode == .article && article.view == .text && article.articleIndex == 0)
  }

  @Test func aHostileFileNameNeverReachesTheTerminalAsControls() {
    let s = ReaderState(
      sources: ["in/a\u{1B}]52;c;aGk=\u{07}.txt", "in/b\u{9B}31m.txt"],
      size: Size(width: 90, height: 10))
    for state in [
      s, Fixture.press("<Enter>", on: s), reduce(s, .failed(1, reason: "x\u{1B}[2J")).0,
    ] {
      let screen = render(state)
      for row in 0..<screen.height {
        for column in 0..<screen.width {
          #expect(
            !screen[row, column].text.unicodeScalars.contains {
              $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
            })
        }
      }
    }
  }

  @Test func numbersAreGroupedByThousands() {
    #expect(0.grouped == "0")
    #expect(999.grouped == "999")
    #expect(1234.grouped == "1,234")
    #expect(10_000.grouped == "10,000")
    #expect(1_234_567.grouped == "1,234,567")
    #expect((-4321).grouped == "-4,321")
  }

  /// Random keys with results arriving at random moments: never a crash, every frame
  /// the window's size.
  @Test func randomKeysWhileResultsArrive() {
    var random: UInt64 = 7
    func next(_ bound: Int) -> Int {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((random >> 33) % UInt64(bound))
    }
    let keys: [Key] =
      Command.allCases.flatMap(\.defaultKeys).filter { $0 != .ctrl("c") && $0 != .char("Q") }
      + [.char("a"), .escape, .enter]
    let documents = [bus, ferry, ReaderDocument(Fixture.wide)]
    let count = 40
    var s = ReaderState(
      sources: (0..<count).map { "f/\($0).txt" }, size: Size(width: 80, height: 24))
    for _ in 0..<600 {
      if next(4) == 0 {
        let index = next(count)
        s =
          reduce(
            s,
            next(5) == 0
              ? .failed(index, reason: "unreadable") : .analysed(index, documents[next(3)])
          ).0
      }
      if next(25) == 0 {
        s = reduce(s, .resize(Size(width: 1 + next(160), height: 1 + next(50)))).0
      }
      if let action = s.action(for: keys[next(keys.count)]) {
        let (after, reaction) = reduce(s, action)
        s = reaction.contains(.quit) ? reduce(after, .command(.help)).0 : after
      }
      let screen = render(s)
      #expect(screen.width == s.size.width && screen.height == s.size.height)
      #expect(s.progress.finished == s.articles.filter { !$0.isPending }.count)
    }
  }
}
