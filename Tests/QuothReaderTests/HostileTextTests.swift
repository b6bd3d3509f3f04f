import QuothAnalysis
import Testing

@testable import QuothReader

/// Article text that tries to act on the terminal: nothing of it may reach a cell.
@Suite struct HostileTextTests {
  static let hostile = """
    Evil\u{1B}]2;pwned\u{07} Title
    Plain \u{1B}[2J\u{1B}[31mred\u{1B}[0m then \u{1B}]52;c;cHduZWQ=\u{07} and \u{1B}]8;;http://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\ done.
    Bell \u{07} back\u{08}\u{08}space carriage\rreturn C1 \u{9B}31m osc \u{9D}0;x\u{9C} nel\u{85}end del\u{7F}.
    Bidi \u{202E}desrever\u{202C} isolate \u{2067}x\u{2069} hid\u{200B}den\u{200C}\u{200D}\u{2060}\u{FEFF}word.
    “Quoted \u{1B}[8mhidden\u{1B}[0m words,” said Mayor Ana Ruiz.
    """

  static func document(_ text: String, quotes: [Quote] = []) -> ReaderDocument {
    ReaderDocument(
      Analysis(
        article: PlainTextIngest.article(from: text, source: "evil\u{1B}[31m.txt"), entities: [],
        quotes: quotes, speakers: []))
  }

  /// The cells holding a scalar a terminal could act on or that hides or reorders text:
  /// C0 and C1 controls, DEL, bidirectional controls, zero-width characters. The list is
  /// this test's own, not the sanitiser's.
  static func unsafeCells(_ screen: Screen) -> [String] {
    screen.cells.map(\.text).filter { text in
      text.unicodeScalars.contains { s in
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
          || (0x2066...0x2069).contains(v) || (0x200B...0x200F).contains(v) || v == 0x061C
          || v == 0x2060 || v == 0xFEFF
      }
    }
  }

  static func state(_ text: String, width: Int, height: Int = 12) -> ReaderState {
    let quote = Fixture.quote(
      1, ["Quoted \u{1B}[8mhidden\u{1B}[0m words,"], speaker: "Ana\u{200B} Ruiz\u{1B}[0m",
      in: text)
    return ReaderState(
      documents: [document(text, quotes: [quote])], size: Size(width: width, height: height),
      themeNames: ["default"])
  }

  @Test(arguments: [20, 33, 61, 100, 140])
  func noControlReachesAnyCell(width: Int) {
    let state = Self.state(Self.hostile, width: width, height: 14)
    for keys in ["", "J", "<Tab>", "s", "/hid<Enter>", "?", "e"] {
      let screen = render(Fixture.press(keys, on: state))
      #expect(Self.unsafeCells(screen).isEmpty, "keys \(keys) width \(width)")
    }
  }

  @Test func controlsShowAsPlaceholdersInTheErrorStyle() {
    let screen = render(Self.state(Self.hostile, width: 140, height: 14))
    let text = screen.text
    #expect(
      text.contains(
        "Plain ^[[2J^[[31mred^[[0m then ^[]52;c;cHduZWQ=^G and"))
    #expect(text.contains("^[]8;;http://evil.example^[\\link^[]8;;^[\\ done."))
    #expect(
      text.contains(
        "Bell ^G back^H^Hspace carriage return C1 \u{FFFD}31m osc \u{FFFD}0;x\u{FFFD} nel\u{FFFD}end del^?."
      ))
    #expect(text.contains("Bidi \u{FFFD}desrever\u{FFFD} isolate \u{FFFD}x\u{FFFD} hiddenword."))
    #expect(text.contains("evil^[[31m.txt"))
    let styled = screen.styledText(showing: [.error])
    #expect(styled.contains("Bell {error:^G} back{error:^H^H}space"))
  }

  @Test func theQuotesPaneAndTitleAreSanitisedToo() {
    let screen = render(Self.state(Self.hostile, width: 120, height: 14)).text
    #expect(screen.contains("Evil^[]2;pwned^G Title"))
    #expect(screen.contains("Ana Ruiz^[[0m"))
    #expect(screen.contains("Quoted ^[[8mhidden^[[0m words,"))
  }

  @Test func tabsExpandToStopsAndLinesStillFit() {
    let text = "T\na\tb\tc\t\tdd\teeeeeeeeee\tf"
    let doc = Self.document(text)
    for width in [9, 12, 17, 30] {
      let layout = ArticleLayout(document: doc, width: width)
      var screen = Screen(width: width, height: 1)
      for line in layout.lines where line.kind == .body {
        screen = Screen(width: width + 8, height: 1)
        var writer = RowWriter(row: 0, column: 0, limit: width + 8)
        for offset in line.start..<line.end {
          _ = writer.put(doc.text[offset], style: .plain, on: &screen)
        }
        #expect(writer.column <= width, "width \(width): \(doc.text(line.start, line.end))")
      }
    }
    var screen = Screen(width: 40, height: 1)
    screen.write("a\tb\tc", row: 0, column: 2, style: .plain)
    #expect(screen.line(0) == "  a       b       c")
  }

  @Test func controlWidthsMatchTheirPlaceholders() {
    #expect(CellWidth.of("\u{1B}" as Unicode.Scalar) == 2)
    #expect(CellWidth.of("\u{9B}" as Unicode.Scalar) == 1)
    #expect(CellWidth.of("\u{202E}" as Unicode.Scalar) == 1)
    #expect(CellWidth.of("\u{200B}" as Unicode.Scalar) == 0)
    let doc = Self.document(Self.hostile)
    for width in [7, 13, 29] {
      for line in ArticleLayout(document: doc, width: width).lines {
        #expect(CellWidth.of(doc.text(line.start, line.end)) <= width)
      }
    }
  }

  @Test(arguments: [(0, 0), (1, 1), (2, 1), (1, 40), (19, 4), (20, 5), (21, 6), (300, 2)])
  func tinyAndOddWindowsStillRender(width: Int, height: Int) {
    var state = Self.state(Self.hostile, width: 80, height: 24)
    state = Fixture.press("J/hid<Enter>", on: state)
    let screen = render(reduce(state, .resize(Size(width: width, height: height))).0)
    #expect(screen.cells.count == screen.width * screen.height)
    #expect(Self.unsafeCells(screen).isEmpty)
    if width >= 1 && height >= 1 && width < 20 { #expect(screen[0, 0].text == "w") }
    // Reflowing to one column keeps every line within it.
    let layout = ArticleLayout(document: state.document, width: 1)
    #expect(layout.lines.allSatisfy { CellWidth.of(state.document.text($0.start, $0.end)) <= 2 })
  }

  @Test func aPileOfCombiningMarksStaysInOneSmallCell() {
    var screen = Screen(width: 5, height: 1)
    screen.write(
      "a" + String(repeating: "\u{301}", count: 10_000) + "b", row: 0, column: 0, style: .plain)
    #expect(screen[0, 0].text.unicodeScalars.count <= RowWriter.maxMarksPerCell + 1)
    #expect(screen[0, 1].text == "b")
  }
}
