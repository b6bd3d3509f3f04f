import Foundation
import Testing

/// The command line for scripts and first tries (issue #16): `--version`, `--help`,
/// headers in `analyze --format text`, and `--screen` of the narrow window and the
/// quote detail view.
extension CommandLineTests {
  @Test func versionAndHelp() throws {
    #expect(try quoth("--version").hasPrefix("quoth "))
    let help = try quoth("--help")
    #expect(help.contains("--screen") && help.contains("--theme") && help.contains("[-r]"))
  }

  @Test func analyzeTextWithSeveralInputsHeadsEachArticle() throws {
    let folder = NSTemporaryDirectory() + "quoth-headers-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "Ferry Vote Passes\n\n“We kept it,” said Mayor Ana Ruiz.\n".write(
      toFile: folder + "/ferry.txt", atomically: true, encoding: .utf8)
    try "Tram Line Opens\n\n“It runs at last,” said Leo Park.\n".write(
      toFile: folder + "/tram.txt", atomically: true, encoding: .utf8)
    let output = try quoth(
      "analyze", "--format", "text", folder + "/ferry.txt", folder + "/tram.txt")
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "== \(folder)/ferry.txt — Ferry Vote Passes")
    let second = try #require(lines.firstIndex { $0.hasPrefix("== ") && $0.contains("tram.txt") })
    #expect(lines[second] == "== \(folder)/tram.txt — Tram Line Opens")
    #expect(lines[second - 1].isEmpty && !lines[second - 2].isEmpty)
    // One input: the analysis alone, as before.
    #expect(try quoth("analyze", "--format", "text", folder + "/ferry.txt").hasPrefix("Ferry Vote"))
  }

  @Test func screenAt70ColumnsNamesTheSpeakerAndShowsTheQuoteDetail() throws {
    let narrow = try quoth("--screen", "70x20", "--color", "never", "--keys", "J")
    let rows = narrow.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows[18].contains("quote 1/"))
    #expect(rows[18].split(separator: " ").count > 4, "the speaker's name follows: \(rows[18])")
    #expect(rows[19].hasSuffix("? help  q quit"))
    let detail = try quoth("--screen", "70x20", "--color", "never", "--keys", "Ji")
    #expect(detail.contains("Quote 1 of "))
    #expect(detail.contains("Speaker     ") && detail.contains("Where       line "))
    #expect(detail.contains("Confidence  "), "the analysis gives every speaker a confidence")
  }

  @Test func screenOfTheHintsAt80Columns() throws {
    let screen = try quoth("--screen", "80x24", "--color", "never")
    let hints = screen.split(separator: "\n", omittingEmptySubsequences: false)[23]
    #expect(hints.hasPrefix(" J next quote  K previous  Tab pane"))
    #expect(hints.hasSuffix("? help  q quit"))
  }
}
