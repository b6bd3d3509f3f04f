import Testing

@testable import QuothAnalysis

@Suite struct TerminalTextTests {
  /// True when `text` holds a scalar a terminal could act on: C0 or C1 controls, DEL,
  /// bidirectional overrides and isolates, zero-width characters.
  static func hasUnsafeScalar(_ text: String) -> Bool {
    text.unicodeScalars.contains { s in
      let v = s.value
      return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v) || (0x200B...0x200D).contains(v) || v == 0x2060
        || v == 0xFEFF
    }
  }

  @Test(arguments: [
    ("\u{1B}", "^["), ("\u{07}", "^G"), ("\u{08}", "^H"), ("\u{00}", "^@"), ("\u{7F}", "^?"),
    ("\u{9B}", "\u{FFFD}"), ("\u{9D}", "\u{FFFD}"), ("\u{85}", "\u{FFFD}"),
    ("\u{202A}", "\u{FFFD}"), ("\u{202B}", "\u{FFFD}"), ("\u{202C}", "\u{FFFD}"),
    ("\u{202D}", "\u{FFFD}"), ("\u{202E}", "\u{FFFD}"), ("\u{2066}", "\u{FFFD}"),
    ("\u{2067}", "\u{FFFD}"), ("\u{2068}", "\u{FFFD}"), ("\u{2069}", "\u{FFFD}"),
  ])
  func controlsBecomeVisiblePlaceholders(control: String, shown: String) {
    #expect(TerminalText.form(of: control.unicodeScalars.first!) == .placeholder(shown))
    #expect(TerminalText.sanitized("a\(control)b") == "a\(shown)b")
  }

  @Test(arguments: ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{E0041}"])
  func zeroWidthCharactersAreDropped(hidden: String) {
    #expect(TerminalText.form(of: hidden.unicodeScalars.first!) == .hidden)
    #expect(TerminalText.sanitized("pay\(hidden)pal") == "paypal")
  }

  @Test func escapeSequencesLoseTheirEscape() {
    let csi = TerminalText.sanitized("\u{1B}[2J\u{1B}[31mred")
    #expect(csi == "^[[2J^[[31mred")
    let osc52 = TerminalText.sanitized("\u{1B}]52;c;cHduZWQ=\u{07}")
    #expect(osc52 == "^[]52;c;cHduZWQ=^G")
    let osc8 = TerminalText.sanitized("\u{1B}]8;;http://x.example\u{1B}\\link")
    #expect(osc8 == "^[]8;;http://x.example^[\\link")
  }

  @Test func lineBreaksAndCarriageReturnsAreSpacesAndTabsExpand() {
    #expect(TerminalText.sanitized("a\rb\nc") == "a b c")
    #expect(TerminalText.sanitized("ab\tc") == "ab      c")
    #expect(TerminalText.sanitized("\tc", column: 5) == "   c")
  }

  @Test func ordinaryTextIsUnchanged() {
    let text = "“Quoted,” said Zoë Ruiz — 東京 🚌 e\u{301} ‘ok’ 50\u{A0}km"
    #expect(TerminalText.sanitized(text) == text)
  }

  @Test func theTextAnalysisNeverPrintsAControl() {
    let source =
      "Evil\u{1B}]2;pwned\u{07} Title\n“We \u{1B}[8mhid\u{9B}this\u{202E},” said Ana\u{200B} Ruiz.\n"
    let article = PlainTextIngest.article(from: source, source: "evil\u{1B}[31m.txt")
    let quote = Quote(
      id: 1, spans: [TextRange(1, 20)], text: "We \u{1B}[8mhid\u{9B}this\u{202E}\tx",
      speaker: "Ana\u{200B} Ruiz\u{1B}[0m", speakerType: .person)
    let speaker = Speaker(
      name: "Ana\u{200B} Ruiz\u{1B}[0m", type: .person, description: "mayor\u{7}", quotes: 1,
      words: 3)
    let text = AnalysisText.render(
      Analysis(article: article, entities: [], quotes: [quote], speakers: [speaker]))
    #expect(!Self.hasUnsafeScalar(text.replacingOccurrences(of: "\n", with: "")))
    #expect(text.contains("^[[8mhid\u{FFFD}this\u{FFFD}"))
    #expect(text.contains("Ana Ruiz^[[0m, mayor^G"))
    // The analysed text itself is unchanged: offsets still count every scalar.
    #expect(article.text.unicodeScalars.contains("\u{1B}"))
  }
}
