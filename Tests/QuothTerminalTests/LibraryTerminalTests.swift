import Foundation
import QuothTestSupport
import Testing

/// The library in the real reader under tmux: articles opened are kept, reopened where
/// they were left, marked and starred from the list, searched by speaker across
/// articles, copied out; a broken library file never stops the reader.
@Suite(
  .serialized, .enabled(if: Tmux.available, "needs tmux and a built quoth (swift build)"),
  .timeLimit(.minutes(5)))
final class LibraryTerminalTests {
  let folder: URL

  init() throws {
    folder = try QuothProcess.temporaryFolder()
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// A long article (to scroll in) with two speakers, written for these tests.
  private func writeArticles() throws -> (long: String, short: String) {
    var paragraphs = ["Ferry timetable changes through the winter", ""]
    for number in 1...60 {
      paragraphs.append(
        "Paragraph \(number) tells how the crossing number \(number) was planned, and why the harbour board met again about it.\n"
      )
      if number % 10 == 0 {
        paragraphs.append(
          "\"Crossing \(number) stays on the timetable,\" said Marta Lindqvist, who chairs the board.\n"
        )
      }
    }
    let long = folder.appendingPathComponent("ferry.txt").path
    try paragraphs.joined(separator: "\n").write(toFile: long, atomically: true, encoding: .utf8)
    let short = folder.appendingPathComponent("bakery.txt").path
    try """
    Night bakery opens on the square

    A bakery that works through the night opened on Market Square this week.

    "Bread at three in the morning is a small joy," said Petra Holm, who owns it.

    "The ferry brings the first customers," Marta Lindqvist said.

    """.write(toFile: short, atomically: true, encoding: .utf8)
    return (long, short)
  }

  /// `quoth library …` on the library the tmux session used.
  private func library(_ tmux: Tmux, _ arguments: String...) throws -> QuothProcess.Result {
    try QuothProcess.run(["library"] + arguments, environment: ["XDG_DATA_HOME": tmux.configHome])
  }

  private struct Row: Decodable {
    var title: String?
    var unread: Bool
    var starred: Bool
    var position: Int
  }

  private func rows(_ tmux: Tmux) throws -> [Row] {
    let result = try library(tmux, "list", "--format", "json", "--sort", "title")
    #expect(result.status == 0, "\(result.errors)")
    return try JSONDecoder().decode([Row].self, from: Data(result.output.utf8))
  }

  /// The screen once `condition` holds and two captures in a row are the same (a capture
  /// can catch a frame half drawn).
  private func steadyScreen(_ tmux: Tmux, _ condition: (String) -> Bool) throws -> String {
    var last = try tmux.waitFor(condition)
    for _ in 0..<100 {
      usleep(50_000)
      let next = try tmux.screen()
      if next == last && condition(next) { return next }
      last = next
    }
    return last
  }

  /// The status line's "line N/M".
  private func lineNumber(_ screen: String) -> Substring? {
    screen.firstMatch(of: /line \d+\/\d+/)?.output
  }

  @Test func anArticleOpenedIsKeptAndReopensWhereItWasLeft() throws {
    let (long, _) = try writeArticles()
    let tmux = try Tmux("'\(long)'", width: 100, height: 30)
    try tmux.waitFor("line 1/")
    // One page down: with two keys in flight the first frame after line 1 could be
    // caught before the second key was read.
    try tmux.send("f")
    let left = try steadyScreen(tmux) { !$0.contains("line 1/") && $0.contains("line ") }
    let firstLine = left.split(separator: "\n")[2]
    try tmux.send("q")
    try tmux.waitFor("quoth-exit:0")
    let kept = try rows(tmux)
    #expect(kept.map(\.title) == ["Ferry timetable changes through the winter"])
    #expect(kept.first?.unread == false)
    #expect((kept.first?.position ?? 0) > 0)
    // Again, in a second window with the same library: the very same line on top.
    let again = try Tmux(
      "'\(long)'", width: 100, height: 30, environment: "XDG_DATA_HOME='\(tmux.configHome)'")
    let reopened = try steadyScreen(again) { $0.contains("line ") && !$0.contains("line 1/") }
    #expect(lineNumber(reopened) != nil)
    #expect(lineNumber(reopened) == lineNumber(left))
    #expect(reopened.split(separator: "\n")[2] == firstLine)
    try again.send("q")
    try again.waitFor("quoth-exit:0")
    // Left without scrolling: the position kept is the one it opened at.
    #expect(try rows(tmux).first?.position == kept.first?.position)
  }

  @Test func aPageReadFromTheWebIsKeptWithItsAddress() throws {
    let server = try #require(LoopbackServer())
    let address = server.url("/articles/harbour-orchard.html")
    let tmux = try Tmux("'\(address)'")
    try tmux.waitFor(timeout: 60) { $0.contains("line 1/") && $0.contains("Marta Olsen") }
    try tmux.send("q")
    let after = try tmux.waitFor("quoth-exit:0")
    #expect(!after.contains("the library:"))
    struct Kept: Decodable {
      var source: String
      var url: String?
      var title: String?
    }
    let listed = try library(tmux, "list", "--format", "json")
    let kept = try JSONDecoder().decode([Kept].self, from: Data(listed.output.utf8))
    #expect(kept.map(\.source) == [address])
    #expect(kept.first?.title == "Orchard saved (harbour orchard)")
  }

  @Test func noLibraryKeepsNothing() throws {
    let (long, _) = try writeArticles()
    let tmux = try Tmux("--no-library '\(long)'")
    try tmux.waitFor("line 1/")
    try tmux.send("q")
    try tmux.waitFor("quoth-exit:0")
    #expect(
      !FileManager.default.fileExists(atPath: tmux.configHome + "/quoth/library.sqlite"))
  }

  @Test func aBrokenLibraryIsReportedAndTheArticleStillOpens() throws {
    let (long, _) = try writeArticles()
    let tmux = try Tmux("'\(long)'")
    try tmux.waitFor("line 1/")
    try tmux.send("q")
    try tmux.waitFor("quoth-exit:0")
    let path = tmux.configHome + "/quoth/library.sqlite"
    let garbage = Data("not a database at all\n".utf8)
    try garbage.write(to: URL(fileURLWithPath: path))
    try? FileManager.default.removeItem(atPath: path + "-wal")
    try? FileManager.default.removeItem(atPath: path + "-shm")
    let again = try Tmux(
      "'\(long)'", width: 160, height: 30, environment: "XDG_DATA_HOME='\(tmux.configHome)'")
    let screen = try again.waitFor("line 1/")
    #expect(screen.contains("Ferry timetable changes through the winter"))
    #expect(screen.contains("not an SQLite database"))
    try again.send("q")
    let after = try again.waitFor("quoth-exit:0")
    #expect(after.contains("library.sqlite: not an SQLite database"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
  }

  @Test func theLibraryListMarksUnreadAndStars() throws {
    let (long, short) = try writeArticles()
    let first = try Tmux("'\(long)'")
    try first.waitFor("line 1/")
    try first.send("q")
    try first.waitFor("quoth-exit:0")
    let added = try library(first, "add", short)
    #expect(added.status == 0, "\(added.errors)")
    let tmux = try Tmux("library", environment: "XDG_DATA_HOME='\(first.configHome)'")
    // Newest first: the bakery (never opened, N), then the ferry (read).
    let list = try tmux.waitFor { $0.contains("N  Night bakery") && $0.contains("Ferry timetable") }
    #expect(list.contains("2 articles"))
    try tmux.send("*")
    try tmux.waitFor("N* Night bakery")
    try tmux.send("j")
    try tmux.send("u")
    try tmux.waitFor("N  Ferry timetable")
    try tmux.send("q")
    try tmux.waitFor("quoth-exit:0")
    let kept = try rows(first)
    #expect(
      kept.map(\.title) == [
        "Ferry timetable changes through the winter", "Night bakery opens on the square",
      ])
    #expect(kept.map(\.unread) == [true, true])
    #expect(kept.map(\.starred) == [false, true])
  }

  @Test func aSpeakersQuotesAcrossTheLibraryOpenTheirArticle() throws {
    let (long, short) = try writeArticles()
    let data = folder.appendingPathComponent("data").path
    // One after the other: the ferry first, so the list (newest first) shows it second.
    for article in [long, short] {
      let added = try QuothProcess.run(
        ["library", "add", article], environment: ["XDG_DATA_HOME": data])
      #expect(added.status == 0, "\(added.errors)")
    }
    let reader = try Tmux("library", environment: "XDG_DATA_HOME='\(data)'")
    try reader.waitFor { $0.contains("Night bakery") && $0.contains("Ferry timetable") }
    try reader.send("V")
    try reader.waitFor("Who is quoted across the 2 articles")
    try reader.send("Enter")  // the most quoted: Marta Lindqvist, in both articles
    let quotes = try reader.waitFor("Marta Lindqvist: 7 quotes across the articles listed")
    #expect(quotes.contains("Crossing 10 stays on the timetable"))
    #expect(quotes.contains("The ferry brings the first customers"))
    try reader.send("G")
    try reader.send("Enter")
    let article = try reader.waitFor("quote 6/6")
    #expect(article.contains("Crossing 60 stays"))
  }

  @Test func yCopiesTheQuoteThroughOSC52() throws {
    let (_, short) = try writeArticles()
    let tmux = try Tmux("'\(short)'")
    try tmux.run(["set-option", "-g", "set-clipboard", "on"])
    try tmux.waitFor("line 1/")
    try tmux.send("J")
    try tmux.waitFor("quote 1/")
    try tmux.send("y")
    try tmux.waitFor("copied the quote")
    let buffer = try tmux.run(["show-buffer"])
    #expect(
      buffer
        == "\"Bread at three in the morning is a small joy,\" — Petra Holm, Night bakery opens on the square (\(short))"
    )
    try tmux.send("Y")
    try tmux.waitFor("copied /")
    #expect(try tmux.run(["show-buffer"]) == short)
  }
}
