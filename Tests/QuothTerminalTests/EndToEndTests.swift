import Foundation
import Testing

/// The real binary under tmux with the real ncurses: keys in, screens out.
/// Skipped (with the reason) when tmux or the built binary is missing.
@Suite(
  .serialized, .enabled(if: Tmux.available, "needs tmux and a built quoth (swift build)"),
  .timeLimit(.minutes(3)))
struct EndToEndTests {
  /// The sample article's quotes and speakers (Sources/QuothAnalysis/Sample), as a
  /// reader counts them, most quoted first (QuothAnalysisTests.SampleArticleTests lists each).
  static let sample = (
    quotes: 13,
    speakers: ["Priya Raman", "Dara Okafor", "Geoffrey Hale", "Tomas Lindqvist", "Estuary Lines"]
  )

  @Test func opensTheSampleArticle() throws {
    let tmux = try Tmux("")
    let screen = try tmux.waitFor { $0.contains("line 1/") && $0.contains("J next quote") }
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].contains("Harbour Town Votes to Keep Its Night Ferry Running"))
    #expect(lines[0].contains("sample-article.txt"))
    #expect(screen.contains("│ Quotes \(Self.sample.quotes)"))
    #expect(lines[39].contains("J next quote"))
    #expect(try tmux.pane("#{alternate_on}") == "1")
  }

  @Test func nextAndPreviousQuote() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    let total = Self.sample.quotes
    try tmux.send("J")
    try tmux.waitFor("quote 1/\(total)")
    try tmux.send("J")
    try tmux.waitFor("quote 2/\(total)")
    try tmux.send("K")
    try tmux.waitFor("quote 1/\(total)")
  }

  @Test func tabFocusesThePaneAndEnterJumps() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    try tmux.send("Tab")
    try tmux.waitFor("[pane]")
    let last = Self.sample.quotes
    try tmux.send("G")
    try tmux.waitFor("quote \(last)/\(last)")
    try tmux.send("Enter")
    // The last quote is near the end: the article has scrolled away from line 1.
    try tmux.waitFor { !$0.contains("line 1/") && $0.contains("quote \(last)/\(last)") }
  }

  @Test func theSpeakerPickerFilters() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    try tmux.send("s")
    let speaker = try #require(Self.sample.speakers.last)
    let picker = try tmux.waitFor("Filter quotes by speaker")
    for name in Self.sample.speakers { #expect(picker.contains(name)) }
    try tmux.type(String(speaker.prefix(6)))
    try tmux.send("Enter")
    let filtered = try tmux.waitFor("speaker: \(speaker)")
    // Estuary Lines said one thing: the pane holds that quote only.
    #expect(filtered.contains("│ Quotes 1"))
    #expect(filtered.contains("honour the council"))
  }

  @Test func searchCountsAndStepsThroughMatches() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    try tmux.send("/")
    try tmux.type("ferry")
    try tmux.send("Enter")
    // Matches already show while typing: wait for the prompt to close.
    let screen = try tmux.waitFor { $0.contains("match 1/") && $0.contains("J next quote") }
    let total = try #require(screen.firstMatch(of: /match 1\/(\d+)/)).1
    try tmux.send("n")
    try tmux.waitFor("match 2/\(total)")
    try tmux.send("N")
    try tmux.waitFor("match 1/\(total)")
    // Esc closes a prompt at once (no one-second escape delay).
    try tmux.send("/")
    try tmux.waitFor { $0.hasSuffix("\n/") || $0.contains("\n/\n") }
    try tmux.send("Escape")
    try tmux.waitFor(timeout: 0.5) { $0.contains("J next quote") }
  }

  @Test func resizingReflowsAndHidesThePane() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("│ Quotes")
    try tmux.run(["resize-window", "-t", "quoth", "-x", "60", "-y", "20"])
    let narrow = try tmux.waitFor {
      !$0.contains("│ Quotes") && $0.contains("line 1/") && $0.hasPrefix(" Harbour Town Votes")
    }
    #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 60 })
    #expect(narrow.contains("  The last ferry across the Kell estuary will keep sailing\n"))
    try tmux.run(["resize-window", "-t", "quoth", "-x", "120", "-y", "40"])
    try tmux.waitFor("│ Quotes")
  }

  @Test func switchingTheThemeChangesTheColours() throws {
    let tmux = try Tmux("")
    // An SGR sequence that sets a foreground or background colour.
    let colour = try Regex("\u{1B}\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)[;m]")
    try tmux.waitFor(colors: true) { $0.contains("line 1/") && $0.firstMatch(of: colour) != nil }
    try tmux.send(":")
    try tmux.type("theme monochrome")
    try tmux.send("Enter")
    try tmux.waitFor(colors: true) {
      $0.contains("theme monochrome") && $0.firstMatch(of: colour) == nil
    }
  }

  @Test(arguments: [("xterm", false), ("xterm-256color", true)])
  func themesUseTheColoursTheTerminalHas(term: String, has256: Bool) throws {
    let tmux = try Tmux("--theme gruvbox", environment: "TERM=\(term)")
    let screen = try tmux.waitFor(colors: true) { $0.contains("line 1/") }
    let extended = try Regex("\u{1B}\\[([0-9;]*;)?[34]8;5;[0-9]+[;m]")
    let basic = try Regex("\u{1B}\\[([0-9;]*;)?[34][0-7][;m]")
    #expect((screen.firstMatch(of: extended) != nil) == has256)
    #expect(screen.firstMatch(of: basic) != nil || has256)
  }

  @Test func anUnusableTerminalFallsBackToTheTextAnalysis() throws {
    let tmux = try Tmux("", environment: "TERM=no-such-terminal")
    let screen = try tmux.waitFor("quoth-exit:1")
    #expect(screen.contains("cannot start the terminal interface for TERM=no-such-terminal"))
    #expect(screen.contains("Harbour Town Votes to Keep Its Night Ferry Running"))
  }

  @Test func noColorMeansNoColours() throws {
    let tmux = try Tmux("", environment: "NO_COLOR=1")
    let colour = try Regex("\u{1B}\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)[;m]")
    let screen = try tmux.waitFor(colors: true) { $0.contains("line 1/") }
    #expect(screen.firstMatch(of: colour) == nil)
    #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m"))
  }

  @Test func quitRestoresTheTerminal() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    try tmux.send("q")
    let screen = try tmux.waitFor("quoth-exit:0")
    #expect(!screen.contains("J next quote"))
    #expect(try tmux.pane("#{alternate_on}") == "0")
    #expect(try tmux.pane("#{cursor_flag}") == "1")
  }

  /// In raw mode ^C is a key (quit now), not a signal.
  @Test func controlCRestoresTheTerminal() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    try tmux.send("C-c")
    try tmux.waitFor("quoth-exit:0")
    #expect(try tmux.pane("#{alternate_on}") == "0")
  }

  @Test func sigtermRestoresTheTerminal() throws {
    let tmux = try Tmux("")
    try tmux.waitFor("line 1/")
    let shell = try tmux.pane("#{pane_pid}")
    let children = try Tmux.spawn(["/usr/bin/pgrep", "-P", shell], captureOutput: true)
    let pid = try #require(Int32(children.split(separator: "\n").first ?? ""))
    kill(pid, SIGTERM)
    try tmux.waitFor("quoth-exit:143")
    #expect(try tmux.pane("#{alternate_on}") == "0")
  }

  @Test func controlZSuspendsAndFgRedraws() throws {
    let tmux = try Tmux("", width: 100, height: 30, interactiveShell: true)
    try tmux.waitFor("line 1/")
    try tmux.send("j")
    try tmux.waitFor("line 2/")
    try tmux.send("C-z")
    try tmux.waitFor("Stopped")
    try tmux.waitForPane("#{alternate_on}", toBe: "0")
    try tmux.type("fg")
    try tmux.send("Enter")
    let screen = try tmux.waitFor { $0.contains("line 2/") && $0.hasPrefix(" Harbour Town Votes") }
    #expect(screen.contains("│ Quotes"))
    try tmux.send("q")
    try tmux.waitForPane("#{alternate_on}", toBe: "0")
  }

  @Test func aFolderOpensOnTheArticleList() throws {
    let folder = NSTemporaryDirectory() + "quoth-folder-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "Tram Line Opens\nThe new tram line opened on Sunday.\n".write(
      toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
    try "Library Stays Open Late\nThe library will open until ten.\n".write(
      toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
    let tmux = try Tmux("'\(folder)'")
    try tmux.waitFor("2 articles")
    // The list is there first; the titles come with the analyses, behind it.
    try tmux.waitFor { $0.contains("Library Stays Open Late") && $0.contains("analysed 2/2") }
    try tmux.send("j")
    try tmux.send("Enter")
    try tmux.waitFor("The library will open until ten.")
    try tmux.send("<")
    try tmux.waitFor("The new tram line opened on Sunday.")
    try tmux.send("q")
    try tmux.waitFor("2 articles")
    try tmux.send("q")
    try tmux.waitFor("quoth-exit:0")
  }

  @Test func readsAnArticleFromAPipeAndKeysFromTheTerminal() throws {
    let file = NSTemporaryDirectory() + "quoth-pipe-\(getpid()).txt"
    try "Tram Line Opens\nThe new tram line opened on Sunday, the city said.\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    let tmux = try Tmux("- < '\(file)'")
    try tmux.waitFor("Tram Line Opens")
    try tmux.send("q")
    try tmux.waitFor("quoth-exit:0")
  }

  @Test func aBadConfigIsReportedAndTheDefaultsUsed() throws {
    let tmux = try Tmux("", config: "theme = \"neon\"\n[keys]\nnext-quote = \"<Dwn>\"\n")
    let screen = try tmux.waitFor { $0.contains("line 1/") && $0.contains("J next quote") }
    #expect(screen.contains("config.toml:3: keys.next-quote"))
    #expect(screen.contains("J next quote"))
  }
}
