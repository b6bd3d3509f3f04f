import Foundation
import Testing

/// The `quoth` binary's reader options, run as a process (no terminal needed).
@Suite(
  .enabled(if: Tmux.quoth != nil, "needs a built quoth (swift build)"), .timeLimit(.minutes(3)))
struct CommandLineTests {
  func quoth(_ arguments: String...) throws -> String {
    try Tmux.spawn(
      ["/usr/bin/env", "-u", "NO_COLOR", Tmux.quoth!] + arguments, captureOutput: true)
  }

  @Test func screenPrintsTheFrameTheKeysProduce() throws {
    let screen = try quoth("--screen", "80x12", "--color", "never", "--keys", "/ferry<Enter>")
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 13)  // 12 rows and the final newline
    #expect(lines[0].hasPrefix(" Harbour Town Votes to Keep Its Night Ferry Running"))
    #expect(lines[10].contains("match 1/"))
    #expect(!screen.contains("\u{1B}["))
  }

  @Test func colorAlwaysWritesTheThemesColours() throws {
    let colored = try quoth("--screen", "80x12", "--color", "always")
    #expect(colored.contains("\u{1B}[0;30;47m"))  // the default theme's status line
    let mono = try quoth(
      "--screen", "80x12", "--color", "always", "--keys", ":theme monochrome<Enter>")
    #expect(!mono.contains("30;47"))
    #expect(mono.contains("\u{1B}[0;7m"))
  }

  /// The help and the entities view say what the colours mean.
  @Test func theHelpAndTheEntitiesViewShowTheColourLegend() throws {
    let legend =
      "Colours: person organisation place group date · speaker (underlined)"
    for keys in ["?", "E"] {
      let screen = try quoth("--screen", "100x12", "--color", "never", "--keys", keys)
      #expect(screen.contains(legend), "after \(keys)")
    }
    // In colour, each sample has its type's colour and the speaker is underlined.
    let colored = try quoth("--screen", "100x12", "--color", "always", "--keys", "E")
    #expect(colored.contains("\u{1B}[0;33mperson"))  // default theme: people yellow
    #expect(colored.contains("\u{1B}[0;36morganisation"))  // organisations cyan
    #expect(colored.contains("\u{1B}[0;4;31mspeaker"))  // speakers underlined, red
  }

  @Test func listThemesNamesTheShippedThemes() throws {
    let names = try quoth("--list-themes").split(separator: "\n")
    for theme in [
      "default (in use)", "gruvbox", "light", "monochrome", "solarized-dark", "solarized-light",
    ] {
      #expect(names.contains { $0 == theme })
    }
  }

  @Test func withoutATerminalQuothPrintsTheTextAnalysis() throws {
    let output = try quoth()
    #expect(output.hasPrefix("Harbour Town Votes to Keep Its Night Ferry Running\n"))
    #expect(output.contains(" quote"))
    #expect(!output.contains("line 1/"))
  }
}
