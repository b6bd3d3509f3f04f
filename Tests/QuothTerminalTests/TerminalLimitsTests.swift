import Foundation
import Testing

/// The terminal at its limits, under tmux with the real ncurses: tiny windows, resize
/// storms, resizes under an open prompt, a closed stdin, terminals without colours.
@Suite(
  .serialized, .enabled(if: Tmux.available, "needs tmux and a built quoth (swift build)"),
  .timeLimit(.minutes(3)))
struct TerminalLimitsTests {
  func resize(_ tmux: Tmux, _ width: Int, _ height: Int) throws {
    try tmux.run(["resize-window", "-t", "quoth", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Quits with q and checks that the terminal is as it was.
  func quitCleanly(_ tmux: Tmux) throws {
    try tmux.send("q")
    let screen = try tmux.waitFor("quoth-exit:0")
    #expect(!screen.contains("J next quote"))
    #expect(try tmux.pane("#{alternate_on}") == "0")
    #expect(try tmux.pane("#{cursor_flag}") == "1")
  }

  @Test func aHundredResizesThenQuitLeaveACleanTerminal() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    for step in 0..<100 {
      try resize(tmux, 20 + (step * 37) % 140, 3 + (step * 13) % 50)
    }
    try resize(tmux, 100, 30)
    let screen = try tmux.waitFor { $0.contains("line 1/") && $0.contains("│ Quotes") }
    #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 100 })
    try quitCleanly(tmux)
  }

  @Test func aOneByOneWindowAndBack() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    // One cell is the bottom-right corner, which curses may leave blank: quoth must
    // just survive it and draw again when the window grows.
    try resize(tmux, 1, 1)
    try tmux.waitForPane("#{window_width}x#{window_height}", toBe: "1x1")
    usleep(300_000)
    try resize(tmux, 2, 2)
    usleep(300_000)
    try resize(tmux, 10, 3)
    try tmux.waitFor("window too")
    try resize(tmux, 80, 24)
    try tmux.waitFor("line 1/")
    try quitCleanly(tmux)
  }

  @Test func resizingWhileThePromptIsOpenKeepsWhatWasTyped() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    try tmux.send("/")
    try tmux.type("ferr")
    try resize(tmux, 70, 20)
    try tmux.waitFor { $0.contains("/ferr") && !$0.contains("│ Quotes") }
    try tmux.type("y")
    try tmux.send("Enter")
    try tmux.waitFor("match 1/")
    try tmux.send("s")
    try resize(tmux, 110, 30)
    try tmux.waitFor("Filter quotes by speaker")
    try tmux.send("Escape")
    try tmux.waitFor { !$0.contains("Filter quotes by speaker") }
    try quitCleanly(tmux)
  }

  @Test func aClosedStdinReadsKeysFromTheTerminal() throws {
    let file = NSTemporaryDirectory() + "quoth-closed-stdin-\(getpid()).txt"
    try "Tram Line Opens\nThe new tram line opened on Sunday, the city said.\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    let tmux = try Tmux("'\(file)' <&-")
    try tmux.waitFor("Tram Line Opens")
    try quitCleanly(tmux)
  }

  @Test(arguments: ["vt100", "vt220", "ansi"])
  func aTerminalWithoutColoursOrFunctionKeysStillReads(term: String) throws {
    let tmux = try Tmux("", environment: "TERM=\(term)")
    try tmux.waitFor("line 1/")
    try tmux.send("J")
    try tmux.waitFor("quote 1/")
    try tmux.send("j")
    try tmux.waitFor("line 2/")
    try quitCleanly(tmux)
  }
}
