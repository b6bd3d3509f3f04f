import QuothAnalysis
import Testing

@testable import QuothReader

/// The library in the reader core: marks arriving as actions, the requests `reduce`
/// queues for it (opened, position, unread, star), the speakers across the list with
/// their quotes, and what `y` and `Y` copy. No database: the requests are values.
@Suite struct LibraryReduceTests {
  let sources = ["news/bus.txt", "news/ferry.txt"]
  var bus: ReaderDocument { ReaderDocument(Fixture.bus) }
  var ferry: ReaderDocument { ReaderDocument(Fixture.sample) }

  /// Both articles analysed; the bus article kept in the library, the ferry not.
  func listed(busMarks: LibraryMarks = LibraryMarks()) -> ReaderState {
    var s = ReaderState(sources: sources, size: Size(width: 100, height: 8))
    _ = reduce(&s, .marked(0, busMarks))
    _ = reduce(&s, .analysed(0, bus))
    _ = reduce(&s, .analysed(1, ferry))
    return s
  }

  @Test func openingAKeptArticleTellsTheLibraryAndMarksItRead() {
    var s = listed()
    #expect(s.takeLibraryRequests().isEmpty)
    #expect(render(s).line(2).hasPrefix("  N  Council Keeps the Night Bus"))
    _ = reduce(&s, .command(.open))
    #expect(s.takeLibraryRequests() == [.opened(source: "news/bus.txt")])
    #expect(s.libraryMarks[0]?.unread == false)
    // The ferry is not in the library: nothing to tell.
    _ = reduce(&s, .command(.close))
    _ = reduce(&s, .command(.lineDown))
    _ = reduce(&s, .command(.open))
    #expect(!s.takeLibraryRequests().contains(.opened(source: "news/ferry.txt")))
  }

  @Test func leavingAnArticleSavesWhereItWasAndReopeningGoesBackThere() throws {
    var s = listed()
    _ = reduce(&s, .command(.open))
    for _ in 0..<3 { _ = reduce(&s, .command(.lineDown)) }
    let offset = s.layout.lines[s.top].start
    #expect(offset > 0)
    _ = reduce(&s, .command(.close))
    #expect(s.takeLibraryRequests().last == .position(source: "news/bus.txt", offset: offset))
    // A new reader, the marks from the library: the article opens at that place.
    var again = listed(busMarks: LibraryMarks(position: offset, unread: false))
    _ = reduce(&again, .command(.open))
    #expect(again.layout.lines[again.top].start == offset)
  }

  /// The place is a text offset; a window of another width wraps it inside a line. Going
  /// back to the width it was left at (a resize, the pane hidden and shown) must show the
  /// very line again, and leaving without scrolling must keep the offset, not the start
  /// of the line that holds it at the other width (which was one line up).
  @Test func aReopenedArticleKeepsItsExactPlaceThroughResizesAndThePane() throws {
    func reopened(at offset: Int, width: Int) -> ReaderState {
      var state = listed(busMarks: LibraryMarks(position: offset, unread: false))
      _ = reduce(&state, .resize(Size(width: width, height: 8)))
      _ = reduce(&state, .command(.open))
      return state
    }
    // A line left on top that a narrower window wraps inside a line.
    var s = listed()
    _ = reduce(&s, .command(.open))
    var found: (offset: Int, width: Int)?
    search: for _ in 0..<30 {
      _ = reduce(&s, .command(.lineDown))
      let offset = s.layout.lines[s.top].start
      for width in 40..<80 {
        let state = reopened(at: offset, width: width)
        if state.layout.lines[state.top].start < offset {
          found = (offset, width)
          break search
        }
      }
    }
    let (offset, narrow) = try #require(found)
    var again = reopened(at: offset, width: narrow)
    _ = reduce(&again, .resize(Size(width: 100, height: 8)))
    #expect(again.layout.lines[again.top].start == offset)
    _ = reduce(&again, .command(.togglePane))
    _ = reduce(&again, .command(.togglePane))
    #expect(again.layout.lines[again.top].start == offset)
    _ = reduce(&again, .resize(Size(width: narrow, height: 8)))
    _ = reduce(&again, .command(.close))
    #expect(again.places[0]?.offset == offset)
    #expect(
      !again.takeLibraryRequests().contains { if case .position = $0 { true } else { false } })
    // Scrolling is a new place, and the article opens there again.
    _ = reduce(&again, .command(.open))
    _ = reduce(&again, .command(.lineDown))
    let moved = again.top
    _ = reduce(&again, .command(.close))
    #expect(again.places[0]?.offset != offset)
    _ = reduce(&again, .command(.open))
    #expect(again.top == moved)
  }

  /// The blank line between two paragraphs starts where the next paragraph does; left on
  /// top, it must come back on top, not the paragraph's first line (one line off).
  @Test func aBlankLineLeftOnTopReopensOnTop() throws {
    var s = listed()
    _ = reduce(&s, .command(.open))
    var blank: Int?
    for _ in 0..<30 where blank == nil {
      _ = reduce(&s, .command(.lineDown))
      if s.layout.lines[s.top].kind == nil { blank = s.top }
    }
    let top = try #require(blank)
    _ = reduce(&s, .command(.close))
    let saved = s.takeLibraryRequests().compactMap { request -> Int? in
      if case .position(_, let offset) = request { offset } else { nil }
    }
    let offset = try #require(saved.last)
    var again = listed(busMarks: LibraryMarks(position: offset, unread: false))
    _ = reduce(&again, .command(.open))
    #expect(again.top == top)
    #expect(again.layout.lines[again.top].kind == nil)
  }

  @Test func uInTheListTogglesUnreadAndStarTogglesTheStar() {
    var s = listed()
    #expect(s.action(for: .char("u")) == .command(.toggleUnread))
    _ = reduce(&s, s.action(for: .char("u"))!)
    #expect(s.libraryMarks[0]?.unread == false)
    _ = reduce(&s, s.action(for: .char("*"))!)
    #expect(s.libraryMarks[0]?.starred == true)
    #expect(render(s).line(2).hasPrefix("   * Council Keeps the Night Bus"))
    #expect(
      s.takeLibraryRequests() == [
        .unread(source: "news/bus.txt", false), .starred(source: "news/bus.txt", true),
      ])
    // In an article `u` is still half a page up.
    _ = reduce(&s, .command(.open))
    #expect(s.action(for: .char("u")) == .command(.halfPageUp))
  }

  @Test func anArticleNotInTheLibraryCannotBeStarred() {
    var s = listed()
    _ = reduce(&s, .command(.lineDown))
    _ = reduce(&s, .command(.toggleStar))
    #expect(s.message?.text == "ferry.txt is not in the library")
    #expect(s.takeLibraryRequests().isEmpty)
  }

  @Test func vListsASpeakersQuotesFromEveryArticleAndOpensOneAtItsPlace() throws {
    var s = listed()
    _ = reduce(&s, .command(.speakersAcross))
    #expect(s.view == .listSpeakers)
    // Select Ana Ruiz among the speakers of both articles.
    let row = try #require(s.viewItems.firstIndex(of: .speaker("Ana Ruiz")))
    s.viewSelection = row
    _ = reduce(&s, .command(.open))
    #expect(s.view == .speakerQuotes("Ana Ruiz"))
    let quotes = s.speakerQuotesAcross("Ana Ruiz")
    #expect(quotes.count == bus.quotes.positions(by: "Ana Ruiz").count)
    #expect(render(s).text.contains("Ana Ruiz: \(quotes.count) quotes across the articles listed"))
    _ = reduce(&s, .command(.bottom))
    _ = reduce(&s, .command(.open))
    let last = try #require(bus.quotes.positions(by: "Ana Ruiz").last)
    #expect(s.mode == .article && s.view == .text && s.articleIndex == 0)
    #expect(s.selectedQuote == last)
  }

  @Test func yCopiesTheQuoteWithSpeakerTitleAndSourceAndYTheSource() {
    var s = ReaderState(documents: [bus], size: Size(width: 100, height: 20))
    _ = reduce(&s, .command(.nextQuote))
    _ = reduce(&s, .command(.copyQuote))
    #expect(
      s.takeClipboard()
        == "“We heard the riders,” … “The bus stays.” — Ana Ruiz, Council Keeps the Night Bus (bus.txt)"
    )
    #expect(s.takeClipboard() == nil)
    _ = reduce(&s, .command(.copySource))
    #expect(s.takeClipboard() == "bus.txt")
  }

  @Test func copiedTextIsSanitised() {
    var analysis = Fixture.bus
    analysis.article.source = "bus\u{1B}]52;c;evil\u{07}.txt"
    var s = ReaderState(documents: [ReaderDocument(analysis)], size: Size(width: 100, height: 20))
    _ = reduce(&s, .command(.copySource))
    let copied = s.takeClipboard() ?? ""
    #expect(!copied.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
  }
}

extension ReaderState {
  /// The library's changes queued since the last call, taken as the front end takes them.
  fileprivate mutating func takeLibraryRequests() -> [LibraryRequest] {
    let changes = requests.compactMap { request -> LibraryRequest? in
      if case .library(let change) = request { change } else { nil }
    }
    _ = reduce(&self, .requestsTaken)
    return changes
  }

  /// The text queued for the clipboard since the last call, taken as the front end takes it.
  fileprivate mutating func takeClipboard() -> String? {
    let copied = requests.compactMap { request -> String? in
      if case .copy(let text) = request { text } else { nil }
    }
    _ = reduce(&self, .requestsTaken)
    return copied.last
  }
}
