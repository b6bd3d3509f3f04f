import Foundation
import Testing

/// Articles that try to act on the terminal, through `--screen` and through tmux:
/// no escape sequence or C1 control from the article may reach the output.
@Suite(
  .serialized, .enabled(if: Tmux.quoth != nil, "needs a built quoth (swift build)"),
  .timeLimit(.minutes(3)))
struct HostileInputTests {
  static let text = """
    Evil\u{1B}]2;pwned\u{07} Title
    Plain \u{1B}[2J\u{1B}[31mred\u{1B}[0m then \u{1B}]52;c;cHduZWQ=\u{07} and \u{1B}]8;;http://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\ done.
    Bell \u{07} back\u{08}\u{08}space carriage\rreturn C1 \u{9B}31m osc \u{9D}0;x\u{9C} nel\u{85}end.
    Bidi \u{202E}desrever\u{202C} hid\u{200B}den\u{FEFF}word, tab\there.
    “Quoted \u{1B}[8mhidden\u{1B}[0m words,” said Mayor Ana Ruiz.

    """

  static let html = """
    <html><head><title>Evil&#x1b;]2;pwned&#7; page</title></head><body><article>
    <h1>Evil&#x1b;]2;pwned&#7; page</h1>
    <p>Plain &#x1b;[2J&#x1b;[31mred then &#x9b;31m and &#x1b;]52;c;cHduZWQ=&#7; and &#x202e;desrever&#x202c; done.</p>
    <p>“Quoted &#x1b;[8mhidden words,” said Mayor Ana Ruiz.</p>
    </article></body></html>
    """

  static func file(_ name: String, _ contents: String) throws -> String {
    let path = NSTemporaryDirectory() + "quoth-hostile-\(getpid())-\(name)"
    try contents.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The output with quoth's own SGR colour codes removed.
  static func withoutSGR(_ output: String) -> String {
    output.replacing(/\x1B\[[0-9;]*m/, with: "")
  }

  /// Scalars that would act on a terminal (the line feeds between rows aside).
  static func controls(_ output: String) -> [UInt32] {
    output.unicodeScalars.map(\.value).filter { v in
      (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        || v == 0x200B || v == 0xFEFF
    }
  }

  @Test(arguments: ["txt", "html", "md"])
  func screenNeverPrintsAControlFromTheArticle(format: String) throws {
    let path = try Self.file("a.\(format)", format == "html" ? Self.html : Self.text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    for keys in ["", "J", "<Tab>", "s", "e", "/red<Enter>"] {
      for color in ["never", "always"] {
        let output = try Tmux.spawn(
          [Tmux.quoth!, path, "--screen", "100x16", "--color", color, "--keys", keys],
          captureOutput: true)
        if keys.isEmpty { #expect(output.contains("^[") || output.contains("\u{FFFD}")) }
        #expect(Self.controls(Self.withoutSGR(output)).isEmpty, "\(format) \(keys) \(color)")
      }
    }
  }

  @Test func analyzeTextNeverPrintsAControlFromTheArticle() throws {
    let path = try Self.file("b.txt", Self.text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let output = try Tmux.spawn(
      [Tmux.quoth!, "analyze", "--format", "text", path], captureOutput: true)
    #expect(output.contains("Evil^[]2;pwned^G Title"))
    #expect(Self.controls(output).isEmpty)
  }

  @Test func libxml2PrintsNothingOfItsOwn() throws {
    let page =
      Data(
        "<html><head><meta charset=\"iso-2022-jp\"></head><body><p>Hello ".utf8)
      + Data([0x8D, 0xC1, 0xCD, 0x2F, 0x20, 0x1B, 0x24, 0x42, 0xFF, 0xFF])
      + Data(" there.</p></body></html>".utf8)
    let path = NSTemporaryDirectory() + "quoth-hostile-\(getpid())-enc.html"
    try page.write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let output = try Tmux.spawn(
      ["/bin/sh", "-c", "'\(Tmux.quoth!)' analyze --format text '\(path)' 2>&1"],
      captureOutput: true)
    // Only quoth's own lines (a warning about the invalid bytes) come before the analysis.
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.contains(path))
    #expect(lines.prefix { $0 != path }.allSatisfy { $0.hasPrefix("quoth: ") })
    #expect(!output.contains("encoding error") && !output.contains("I/O error"))
  }

  /// Under tmux the real ncurses output is logged with `pipe-pane`: no sequence from the
  /// article is in it, the pane title and clipboard stay untouched, the text shows.
  @Test(.enabled(if: Tmux.available, "needs tmux")) func tmuxNeverReceivesTheArticlesEscapes()
    throws
  {
    let path = try Self.file("c.txt", Self.text)
    let log = NSTemporaryDirectory() + "quoth-hostile-\(getpid()).log"
    defer {
      try? FileManager.default.removeItem(atPath: path)
      try? FileManager.default.removeItem(atPath: log)
    }
    let tmux = try Tmux("'\(path)'", width: 100, height: 20)
    try tmux.run(["set-option", "-g", "set-clipboard", "on"])
    try tmux.waitFor("line 1/")
    try tmux.run(["pipe-pane", "-o", "-t", tmux.session, "cat >> '\(log)'"])
    // A resize makes ncurses redraw everything, now logged.
    try tmux.run(["resize-window", "-t", "quoth", "-x", "90", "-y", "20"])
    // Wait for the whole redraw, not just its first lines.
    let screen = try tmux.waitFor {
      $0.contains("Plain ^[[2J^[[31mred") && $0.contains("Bidi \u{FFFD}")
    }
    try tmux.send("J")
    try tmux.send("/")
    try tmux.type("red")
    try tmux.send("Enter")
    try tmux.waitFor("match 1/")
    try tmux.send("q")
    try tmux.waitFor("quoth-exit:0")
    usleep(200_000)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: log))
    let output = String(decoding: bytes, as: UTF8.self)
    // The placeholder and the rest of the sequence are drawn, in different styles.
    #expect(output.contains("^[") && output.contains("]52;c;cHduZWQ="))
    for sequence in ["\u{1B}]52", "\u{1B}]8;", "\u{1B}]2;pwned", "\u{1B}[8m", "\u{1B}[31mred"] {
      #expect(!output.contains(sequence), "\(sequence.debugDescription) reached the terminal")
    }
    #expect(!output.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    // (ncurses itself moves the cursor with backspace, so only BEL is checked.)
    #expect(!output.unicodeScalars.contains { $0.value == 0x07 })
    #expect(try tmux.pane("#{pane_title}") != "pwned")
    #expect(try tmux.run(["list-buffers"]).isEmpty)
    #expect(screen.contains("Bidi \u{FFFD}desrever\u{FFFD} hiddenword, tab here."))
  }
}
