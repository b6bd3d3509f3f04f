import Foundation
import Testing

/// The README's screenshots are `quoth --screen` output: each block after a
/// `<!-- screen: ARGUMENTS -->` line must be what `quoth ARGUMENTS --color never` prints
/// now (a failing test prints the fresh screen to paste in).
@Suite(.enabled(if: Tmux.quoth != nil, "needs a built quoth (swift build)"))
struct ReadmeScreenshotTests {
  /// A screenshot in the README: the arguments that make it and the text shown.
  struct Screenshot {
    var arguments: [String]
    var shown: String
  }

  static func screenshots() throws -> [Screenshot] {
    let readme = try String(
      contentsOf: Tmux.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var found: [Screenshot] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      guard line.hasPrefix("<!-- screen:"), line.hasSuffix("-->") else { continue }
      let arguments = line.dropFirst("<!-- screen:".count).dropLast(3)
        .split(separator: " ").map(String.init)
      guard index < lines.count, lines[index] == "```text" else { continue }
      var shown: [String] = []
      index += 1
      while index < lines.count && lines[index] != "```" {
        shown.append(lines[index])
        index += 1
      }
      found.append(
        Screenshot(
          arguments: arguments, shown: ReadmeScreenshotTests.trimmed(shown.joined(separator: "\n")))
      )
    }
    return found
  }

  /// The text without spaces at the ends of its lines (the README keeps none) and
  /// without blank lines at its end.
  static func trimmed(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0.reversed().drop { $0 == " " }.reversed()) }
      .joined(separator: "\n").trimmingCharacters(in: .newlines)
  }

  @Test func theReadmeHasScreenshots() throws {
    #expect(try ReadmeScreenshotTests.screenshots().count >= 2)
  }

  @Test func everyScreenshotIsWhatQuothPrintsNow() throws {
    for screenshot in try ReadmeScreenshotTests.screenshots() {
      let output = try Tmux.spawn(
        ["/usr/bin/env", "-u", "NO_COLOR", Tmux.quoth!] + screenshot.arguments + [
          "--color", "never",
        ], captureOutput: true)
      let now = ReadmeScreenshotTests.trimmed(output)
      #expect(
        now == screenshot.shown,
        "README screenshot for \(screenshot.arguments.joined(separator: " ")) is stale; now:\n\(now)"
      )
    }
  }
}
