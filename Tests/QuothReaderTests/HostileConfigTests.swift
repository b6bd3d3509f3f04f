import Foundation
import Testing

@testable import QuothReader

/// Config and theme files built to crash or stall the reader (issue 19): each is read,
/// reported with its file and line, and the defaults used.
@Suite struct HostileConfigTests {
  @Test(arguments: [
    "[[[\n", "[[[a]]]\n", "theme = \"x\"\n[!]\n", "[ = ]\n", "[[ {\n", "[[\t[x]]\n",
    // Found by fuzzing: a bracket at the end of its line.
    "\n[\n[y", "name = \"mine\"\n[\n\ni", "[[ \nx", "[\r\n",
    // A brace where an array expects a value (toml++ asserts on it).
    "a = [   }\n", "a = [1,\n  # note\n }\n", "[styles]\n\"quote\" = [ }\n",
    // Line breaks toml++ does not read as one, and CRLF lines.
    "a = [\"x\",\u{2028}\n]\n", "b =\u{A0}1\n", "\r\n[\r[ e\n",
  ])
  func tableHeadersTheTOMLParserAssertsOnAreReported(text: String) {
    let (config, problems) = ReaderConfig.parse(text, file: "config.toml")
    #expect(config.theme == nil)
    #expect(problems.count == 1)
    #expect(problems.first?.file == "config.toml")
    #expect(throws: ConfigProblem.self) { try Theme.parse(text, file: "bad.toml") }
  }

  @Test func theGuardLetsValidTablesAndArraysThrough() {
    let text = """
      theme = "gruvbox"
      [keys]
      next-quote = [
        "J",
        "]",
      ]
      ["keys".pane]
      open = ["o"]
      """
    let (config, problems) = ReaderConfig.parse(text, file: "config.toml")
    #expect(problems.isEmpty)
    #expect(config.theme == "gruvbox")
    #expect(TOMLFile.badTableHeaderLine(in: "a = [\n[[[1]]],\n]\n[[b]]\n[ \"c\" ]\n") == nil)
    #expect(TOMLFile.badTableHeaderLine(in: "a = 1\n# [[[\n\n  [[[x]]]\n") == 4)
    #expect(TOMLFile.misplacedBraceLine(in: "a = { b = [1, 2] }\nc = \"[ }\" # [ }\n") == nil)
  }

  @Test func aThemeWithMoreSpeakerColoursThanStylesLoads() throws {
    let colours = (1...12).map { "\"color\($0)\"" }.joined(separator: ", ")
    let theme = try Theme.parse("[styles]\nspeakers = [\(colours)]\n", file: "many.toml")
    for index in 0..<StyleName.speakerCount {
      #expect(theme.styles[StyleName.speaker(index)]?.foreground == .indexed(index + 1))
    }
  }

  @Test func thousandsOfUnknownKeysAreEachReportedOnTheirLine() {
    let text = (0..<10_000).map { "key\($0) = \($0)" }.joined(separator: "\n")
    let (_, problems) = ReaderConfig.parse(text, file: "config.toml")
    #expect(problems.count == 10_000)
    #expect(problems.first?.line == 1)
    #expect(problems.last?.line == 10_000)
    #expect(problems.last?.key == "key9999")
  }

  @Test func sourceLinesFindKeysInTablesAndQuotedKeys() {
    let lines = SourceLines("a = 1\n[keys]\n\"search\" = \"/\"\n[keys.pane]\nopen = \"o\"\n")
    #expect(lines.line(ofKey: "a", section: nil) == 1)
    #expect(lines.line(ofKey: "search", section: "keys") == 3)
    #expect(lines.line(ofKey: "pane", section: "keys") == 4)
    #expect(lines.line(ofKey: "open", section: "keys.pane") == 5)
    #expect(lines.line(ofKey: "open", section: nil) == nil)
  }

  @Test func theMaximumInputSizeIsASetting() {
    #expect(
      ReaderConfig.parse("max-input-size = \"512M\"", file: "c").config.maxInputSize == 512 << 20)
    #expect(ReaderConfig.parse("max-input-size = 4096", file: "c").config.maxInputSize == 4096)
    let (config, problems) = ReaderConfig.parse("max-input-size = \"lots\"", file: "c")
    #expect(config.maxInputSize == nil)
    #expect(problems.first?.line == 1)
  }
}
