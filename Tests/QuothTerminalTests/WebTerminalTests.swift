import Foundation
import QuothTestSupport
import Testing

/// Feeds and pages in the real reader under tmux, fetched from the loopback server: the
/// list of entries before they are read, an entry opened with its quotes, `o` handing the
/// address to the browser, `r` reading it again, a failed URL as a `✗` row.
@Suite(
  .serialized,
  .enabled(
    if: Tmux.available && LoopbackServer.isAvailable,
    "needs tmux, python3 and a built quoth (swift build)"))
struct WebTerminalTests {
  /// A "browser" for `$BROWSER` that writes the address it is given to a file: its path
  /// and the file's.
  func recordingBrowser(in folder: URL) throws -> (browser: String, opened: String) {
    let opened = folder.appendingPathComponent("opened.txt").path
    let browser = folder.appendingPathComponent("browser.sh").path
    try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened)'\n".write(
      toFile: browser, atomically: true, encoding: .utf8)
    chmod(browser, 0o755)
    return (browser, opened)
  }

  @Test(.timeLimit(.minutes(3))) func aFeedOpensAsTheListAndOHandsTheLinkToTheBrowser() throws {
    let server = try #require(LoopbackServer())
    let folder = try QuothProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (browser, opened) = try recordingBrowser(in: folder)
    let tmux = try Tmux(
      "'\(server.url("/feed.xml"))' '\(server.url("/404"))'", width: 120, height: 20,
      environment: "BROWSER='\(browser)'")
    let list = try tmux.waitFor(timeout: 60) {
      $0.contains("Story number 3") && $0.contains("HTTP 404 Not Found")
    }
    #expect(list.contains("4 articles"))
    let rows = list.split(separator: "\n").map(String.init)
    let newest = try #require(rows.firstIndex { $0.contains("Story number 3") })
    let oldest = try #require(rows.firstIndex { $0.contains("Story number 1") })
    #expect(newest < oldest)
    #expect(list.contains("✗ 404"))
    try tmux.send("Enter")
    try tmux.waitFor(timeout: 60) { $0.contains("│ Quotes") && $0.contains("Hanna Berg") }
    try tmux.send("o")
    // The shell makes the file before printf writes to it: wait for the address.
    try tmux.waitFor(timeout: 20) { _ in
      !((try? String(contentsOfFile: opened, encoding: .utf8)) ?? "").isEmpty
    }
    #expect(try String(contentsOfFile: opened, encoding: .utf8) == server.url("/articles/3.html"))
    // The reader is back after the browser, and r reads the article again.
    try tmux.send("r")
    try tmux.waitFor("reading Story number 3 again")
    try tmux.waitFor(timeout: 60) { $0.contains("│ Quotes") && $0.contains("Hanna Berg") }
    try tmux.send("q", "q")
    let after = try tmux.waitFor("quoth-exit:1")
    #expect(after.contains("\(server.url("/404")): HTTP 404 Not Found"))
    #expect(try tmux.pane("#{alternate_on}") == "0")
  }

  @Test(.timeLimit(.minutes(3))) func lListsTheLinksEnterReadsOneAndQComesBack() throws {
    let server = try #require(LoopbackServer())
    let folder = try QuothProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (browser, opened) = try recordingBrowser(in: folder)
    let tmux = try Tmux(
      "'\(server.url("/linked.html"))'", width: 120, height: 30,
      environment: "BROWSER='\(browser)'")
    try tmux.waitFor(timeout: 60) { $0.contains("│ Quotes") && $0.contains("Petra Lund") }
    try tmux.send("L")
    // Waits for the whole frame (the heading can show before the rows under it).
    let links = try tmux.waitFor {
      $0.contains("Links in the article · 2") && $0.contains("2  last year's petition")
    }
    // Inside the story only, resolved against <base>; # and mailto: links left out.
    #expect(links.contains("1  a long meeting  \(server.url("/articles/board-minutes.html"))"))
    #expect(links.contains("2  last year's petition  \(server.url("/page.html"))"))
    #expect(!links.contains("Front page") && !links.contains("Contact"))
    // o on the second row: the browser gets its address, and the reader is back.
    try tmux.send("j", "o")
    // The shell makes the file before printf writes to it: wait for the address.
    try tmux.waitFor(timeout: 20) { _ in
      !((try? String(contentsOfFile: opened, encoding: .utf8)) ?? "").isEmpty
    }
    #expect(try String(contentsOfFile: opened, encoding: .utf8) == server.url("/page.html"))
    // Enter on the first row: the linked page is fetched and read inside quoth.
    try tmux.waitFor("Links in the article · 2")
    try tmux.send("k", "Enter")
    try tmux.waitFor(timeout: 60) {
      $0.contains("Orchard saved (board minutes)") && $0.contains("Marta Olsen")
    }
    // q: back to the article the link is in; q again quits (no list of one article).
    try tmux.send("q")
    try tmux.waitFor(timeout: 20) { $0.contains("Ferry timetable") && $0.contains("Petra Lund") }
    try tmux.send("q")
    try tmux.waitFor("quoth-exit:0")
  }

  @Test(.timeLimit(.minutes(3))) func rInAFeedsListReadsTheFeedAgain() throws {
    let server = try #require(LoopbackServer())
    // The feed has one more entry each time it is fetched.
    let tmux = try Tmux("'\(server.url("/growing.xml"))'", width: 120, height: 20)
    let list = try tmux.waitFor(timeout: 60) {
      $0.contains("Story number 2") && $0.contains("Story number 1")
    }
    #expect(!list.contains("Story number 3"))
    // The second row (the older entry) selected, then the feed read again.
    try tmux.send("j", "r")
    let again = try tmux.waitFor(timeout: 60) {
      ["Story number 3", "Story number 2", "Story number 1", "3 articles"].allSatisfy($0.contains)
    }
    let rows = again.split(separator: "\n").map(String.init)
    let third = try #require(rows.firstIndex { $0.contains("Story number 3") })
    let second = try #require(rows.firstIndex { $0.contains("Story number 2") })
    let first = try #require(rows.firstIndex { $0.contains("Story number 1") })
    #expect(third < second && second < first)
    // The selection stayed on its entry: Enter opens story 1, read from the feed.
    try tmux.send("Enter")
    try tmux.waitFor(timeout: 60) { $0.contains("│ Quotes") && $0.contains("Story number 1") }
    try tmux.send("Q")
    try tmux.waitFor("quoth-exit:0")
  }
}
