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

  @Test func anUncertainSpeakerIsMarkedInThePane() throws {
    // Three men named, then a "he" paragraphs later: any of them could have said it.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-uncertain-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = folder.appendingPathComponent("fares.txt")
    try """
    Harbour Board Splits Over Ferry Fares

    Tom Reyes, Daniel Okafor and Peter Lund met the harbour board on Tuesday to argue about the winter timetable.

    Reyes has run the ferry company for a decade. Okafor leads the riders' group, and Lund sits on the council.

    “We cannot keep the night boat running at these prices for much longer,” he said.

    “The board promised a decision before the first snow,” said Ana Ruiz, the board's chair.
    """.write(to: article, atomically: true, encoding: .utf8)
    let screen = try quoth("--screen", "90x8", "--color", "never", article.path)
    let pane = screen.split(separator: "\n").compactMap { line in
      line.split(separator: "│", maxSplits: 1).dropFirst().first?.trimmingCharacters(
        in: .whitespaces)
    }
    // The pronoun's speaker carries the mark; the named one does not.
    #expect(pane.contains { $0.hasPrefix("1 ") && $0.hasSuffix(" ?") })
    #expect(pane.contains { $0 == "2 Ana Ruiz" })
  }

  @Test func aQuoteOutsideTheStoryIsDimmedInThePaneAndTheArticle() throws {
    // A quote in a picture's caption is listed, dimmed like its paragraph; the story's is not.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-outside-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("pier.html")
    try """
    <html><head><title>Pier to close</title></head><body><article><h1>Pier to close</h1>
    <p>The harbour board voted on Tuesday to close the old ferry pier, which opened in 1911.</p>
    <p>“We cannot keep patching it,” said Marta Lindqvist, the board’s chair, after the vote.</p>
    <figure><img src="pier.jpg" alt=""><figcaption>“It will rise again,” the mayor said at \
    the pier on Monday.</figcaption></figure>
    <p>Residents asked for a timeline, and the board promised a temporary landing by spring.</p>
    </article></body></html>
    """.write(to: page, atomically: true, encoding: .utf8)
    let screen = try quoth("--screen", "110x16", "--color", "always", page.path)
    let lines = screen.split(separator: "\n").map(String.init)
    // The SGR codes in force where `text` begins on a line holding it.
    func codes(before text: String, in line: String) -> String? {
      guard let range = line.range(of: text) else { return nil }
      let prefix = line[..<range.lowerBound]
      guard let escape = prefix.range(of: "\u{1B}[", options: .backwards) else { return nil }
      return String(prefix[escape.upperBound...].prefix { $0 != "m" })
    }
    func isDim(_ codes: String?) -> Bool { codes?.split(separator: ";").contains("2") ?? false }
    let paneOutside = lines.compactMap { line in
      line.range(of: "│").map { codes(before: "“It will", in: String(line[$0.upperBound...])) }
        ?? nil
    }
    let paneInside = lines.compactMap { line in
      line.range(of: "│").map { codes(before: "“We cannot", in: String(line[$0.upperBound...])) }
        ?? nil
    }
    #expect(paneOutside.count == 1 && isDim(paneOutside.first))
    #expect(paneInside.count == 1 && !isDim(paneInside.first))
    let articleOutside = lines.compactMap { line in
      line.range(of: "│").flatMap { codes(before: "“It will", in: String(line[..<$0.lowerBound])) }
    }
    #expect(articleOutside.count == 1 && isDim(articleOutside.first))
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
