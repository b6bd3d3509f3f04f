import Foundation
import QuothTestSupport
import Testing

/// The command line against hostile files, names and arguments (issue 19): no crash
/// signal, nothing a terminal would act on in what quoth prints, a clear message and
/// exit status 1 where an input cannot be read, and the other inputs still analysed.
@Suite(.serialized) final class HostileCommandLineTests {
  let folder: URL

  init() throws {
    folder = try QuothProcess.temporaryFolder()
  }

  /// Each test has a folder of its own, removed with it.
  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// A config folder holding `config` as config.toml and the themes named.
  private func configHome(config: String? = nil, themes: [String: String] = [:]) throws
    -> [String: String]
  {
    let home = folder.appendingPathComponent("config-\(UUID().uuidString)")
    if let config { _ = try write(home.lastPathComponent + "/quoth/config.toml", config) }
    for (name, text) in themes {
      _ = try write(home.lastPathComponent + "/quoth/themes/\(name).toml", text)
    }
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent("quoth"), withIntermediateDirectories: true)
    return ["XDG_CONFIG_HOME": home.path]
  }

  /// No ESC, BEL or other control but line breaks, and no bidirectional control.
  private func isSafe(_ text: String) -> Bool {
    !text.unicodeScalars.contains { s in
      (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value)
        || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }
  }

  /// Runs a shell command line (for redirections), with the quoth binary as `$Q`.
  private func shell(_ command: String) throws -> (status: Int32, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    process.environment = ProcessInfo.processInfo.environment.merging(
      ["Q": QuothProcess.binary ?? "quoth"]) { $1 }
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func unclosedFrontMatterIsAnArticle() throws {
    let path = try write("fm.md", "---\n# H\n")
    let result = try QuothProcess.run(["analyze", path])
    #expect(result.status == 0)
    let piped = try QuothProcess.run(["analyze", "-"], input: Data("---\n# H\n".utf8))
    #expect(piped.status == 0)
  }

  @Test func aConfigTheTOMLParserAssertedOnIsReported() throws {
    let environment = try configHome(config: "[[[\n")
    let list = try QuothProcess.run(["--list-themes"], environment: environment)
    #expect(list.status == 0)
    #expect(list.output.contains("default"))
    #expect(list.errors.contains("config.toml:1: a table header must start with a key name"))
    let path = try write("a.txt", "“We stay,” said Ana Ruiz.\n")
    let piped = try QuothProcess.run([path], environment: environment)
    #expect(piped.status == 0)
    #expect(piped.output.contains("Ana Ruiz"))
  }

  @Test func aThemeWithNineSpeakerColoursIsUsed() throws {
    let colours = (1...9).map { "\"color\($0)\"" }.joined(separator: ", ")
    let environment = try configHome(themes: ["nine": "[styles]\nspeakers = [\(colours)]\n"])
    let path = try write("a.txt", "“We stay,” said Ana Ruiz.\n")
    let result = try QuothProcess.run(
      ["--theme", "nine", "--screen", "80x10", path], environment: environment)
    #expect(result.status == 0)
    #expect(result.errors.isEmpty)
  }

  @Test func themeNamesAreListedSafely() throws {
    let environment = try configHome(themes: [
      "evil\u{1B}]52;c;aGk=\u{07}\u{1B}]2;title\u{07}\u{202E}": "[styles]\n"
    ])
    let result = try QuothProcess.run(["--list-themes"], environment: environment)
    #expect(result.status == 0)
    #expect(result.output.contains("evil^[]52;c;aGk=^G^[]2;title^G"))
    #expect(isSafe(result.output))
  }

  @Test func argumentErrorsEchoTheArgumentSafely() throws {
    let result = try QuothProcess.run(["--bogus\u{1B}[2J\u{07}\nforged line"])
    #expect(result.status == 64)
    #expect(result.errors.contains("--bogus^[[2J^G forged line"))
    #expect(isSafe(result.errors))
    let screen = try QuothProcess.run(["--screen", "1x\u{1B}]0;x\u{07}"])
    #expect(screen.status == 64)
    #expect(isSafe(screen.errors))
  }

  @Test func anOutputFolderThatCannotBeMadeIsNamedSafely() throws {
    let article = try write("a.txt", "Text.\n")
    let blocker = try write("file", "not a folder")
    let result = try QuothProcess.run(
      ["analyze", "--output-dir", blocker + "/sub\u{1B}[2J", article])
    #expect(result.status == 1)
    #expect(result.errors.contains("sub^[[2J: cannot create the output folder"))
    #expect(isSafe(result.errors))
  }

  @Test func twoInputsWithOneNameDoNotOverwriteEachOther() throws {
    let first = try write("one/story.txt", "“First,” said Ana Ruiz.\n")
    let second = try write("two/story.txt", "“Second,” said Tom Field.\n")
    let output = folder.appendingPathComponent("out").path
    let result = try QuothProcess.run(
      ["analyze", "--format", "json", "--output-dir", output, first, second])
    #expect(result.status == 1)
    #expect(result.errors.contains("story.txt.json: written already for \(first); not overwritten"))
    let written = try String(contentsOfFile: output + "/story.txt.json", encoding: .utf8)
    #expect(written.contains("Ana Ruiz"))
  }

  @Test func standardInputOverTheLimitIsRefused() throws {
    let result = try shell(#""$Q" analyze --max-input-size 1M - < /dev/zero"#)
    #expect(result.status == 1)
    #expect(result.errors.contains("-: larger than the 1 MB input limit"))
  }

  @Test func theLimitComesFromTheConfigToo() throws {
    let environment = try configHome(config: "max-input-size = \"1K\"\n")
    let big = try write("big.txt", String(repeating: "Words and more words. ", count: 100))
    let small = try write("small.txt", "“Short,” said Ana Ruiz.\n")
    let result = try QuothProcess.run(["analyze", big, small], environment: environment)
    #expect(result.status == 1)
    #expect(result.errors.contains("big.txt: larger than the 1 KB input limit"))
    #expect(result.output.contains("Ana Ruiz"))
  }

  @Test func devStdinAndProcessSubstitutionAreRead() throws {
    let stdin = try shell(
      #"echo '“Piped,” said Ana Ruiz.' | "$Q" analyze /dev/stdin | grep -q 'Ana Ruiz'"#)
    #expect(stdin.status == 0, "\(stdin.errors)")
    let substituted = try shell(
      #""$Q" analyze <(echo '“Substituted,” said Ana Ruiz.') | grep -q 'Ana Ruiz'"#)
    #expect(substituted.status == 0, "\(substituted.errors)")
  }

  @Test func aScreenToAFullDiskFails() throws {
    let path = try write("a.txt", "Text.\n")
    let result = try shell(#""$Q" --screen 80x10 '\#(path)' > /dev/full"#)
    #expect(result.status == 1)
    #expect(
      result.errors.contains("cannot write the screen to standard output: No space left on device"))
  }
}
