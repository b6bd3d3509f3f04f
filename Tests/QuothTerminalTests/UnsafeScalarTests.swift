import Foundation
import QuothAnalysis
import QuothReader
import Testing

/// Code points a terminal may act on, or that hide or reorder text: written out here,
/// independently of the sanitiser, so that a sanitiser which lets one through fails.
enum UnsafeScalars {
  /// C0 controls but the line feed (the line separator of every output), DEL, C1 controls.
  static let controls: [UInt32] =
    Array(0x00...0x09) + Array(0x0B...0x1F) + [0x7F] + Array(0x80...0x9F)
  /// Bidirectional embeddings, overrides, isolates and marks.
  static let bidi: [UInt32] =
    Array(0x202A...0x202E) + Array(0x2066...0x2069) + [
      0x200E, 0x200F, 0x061C,
    ]
  /// Zero-width and invisible format characters: they hide or join text unseen.
  static let invisible: [UInt32] =
    Array(0x200B...0x200D) + Array(0x2060...0x2064) + Array(0x206A...0x206F) + [
      0xFEFF, 0x00AD, 0x180E, 0xFFF9, 0xFFFA, 0xFFFB, 0xE0001, 0xE0020, 0xE0041, 0xE007F,
    ]
  /// Line and paragraph separators: some terminals move the cursor on them.
  static let separators: [UInt32] = [0x2028, 0x2029]

  static let all: [UInt32] = controls + bidi + invisible + separators
  static let set = Set(all)

  /// The unsafe scalars in `output`, line feeds aside, as U+XXXX.
  static func found(in output: String) -> [String] {
    output.unicodeScalars.filter { set.contains($0.value) }.map {
      "U+" + String($0.value, radix: 16, uppercase: true)
    }
  }

  /// A short article with `scalar` in its title, a quote, a speaker's name and plain text.
  static func article(with value: UInt32) -> String {
    let s = String(Unicode.Scalar(value)!)
    return """
      Ferry\(s) vote tonight
      The council\(s) met on Monday in Harbour Town.
      “We keep the ferry\(s) running all winter,” said Mayor Ana\(s) Ruiz.

      """
  }
}

/// Every unsafe scalar, through every way quoth shows text: the sanitiser itself, the
/// reader's rendered screens, `quoth --screen` and `quoth analyze --format text`.
@Suite struct UnsafeScalarTests {
  @Test(arguments: UnsafeScalars.all)
  func theSanitiserNeverPassesIt(value: UInt32) {
    let s = String(Unicode.Scalar(value)!)
    let shown = TerminalText.sanitized("ab\(s)cd")
    #expect(UnsafeScalars.found(in: shown).isEmpty, "\(shown.debugDescription)")
    #expect(shown.hasPrefix("ab") && shown.hasSuffix("cd"))
  }

  @Test(arguments: UnsafeScalars.all)
  func noRenderedCellHoldsIt(value: UInt32) {
    let text = UnsafeScalars.article(with: value)
    let source = "ferry\(String(Unicode.Scalar(value)!)).txt"
    let analysis = Analyzer().analyze(PlainTextIngest.article(from: text, source: source))
    let state = ReaderState(
      documents: [ReaderDocument(analysis)], size: Size(width: 90, height: 16),
      themeNames: ["default"])
    for keys in ["", "J", "<Tab>", "s", "e", "v", "E", "/ferry<Enter>"] {
      let screen = render(state.replaying(Key.sequence(keys)).0)
      let unsafe = screen.cells.flatMap { UnsafeScalars.found(in: $0.text) }
      #expect(unsafe.isEmpty, "keys \(keys)")
    }
  }

  @Test(
    .enabled(if: Tmux.quoth != nil, "needs a built quoth (swift build)"),
    arguments: UnsafeScalars.all)
  func theBinaryNeverPrintsIt(value: UInt32) throws {
    let folder = NSTemporaryDirectory() + "quoth-unsafe-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/article.txt"
    try UnsafeScalars.article(with: value).write(toFile: path, atomically: true, encoding: .utf8)
    let screen = try Tmux.spawn(
      [Tmux.quoth!, path, "--screen", "90x16", "--color", "never", "--keys", "J"],
      captureOutput: true)
    // A NUL makes the file binary: quoth refuses it (with a message on stderr).
    let shown = value != 0
    #expect(screen.contains("running all winter") == shown, "the screen shows the article")
    #expect(UnsafeScalars.found(in: screen).isEmpty, "--screen")
    let text = try Tmux.spawn(
      [Tmux.quoth!, "analyze", "--format", "text", path], captureOutput: true)
    #expect(text.contains("running all winter") == shown, "the analysis shows the quote")
    #expect(UnsafeScalars.found(in: text).isEmpty, "analyze --format text")
  }
}
