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
  @Test(.timeLimit(.minutes(3))) func aFeedOpensAsTheListAndOHandsTheLinkToTheBrowser() throws {
    let server = try #require(LoopbackServer())
    let folder = try QuothProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The "browser": writes the address it is given to a file.
    let opened = folder.appendingPathComponent("opened.txt").path
    let browser = folder.appendingPathComponent("browser.sh").path
    try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened)'\n".write(
      toFile: browser, atomically: true, encoding: .utf8)
    chmod(browser, 0o755)
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
    try tmux.waitFor(timeout: 20) { _ in FileManager.default.fileExists(atPath: opened) }
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
}
