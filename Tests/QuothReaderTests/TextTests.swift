import QuothAnalysis
import Testing

@testable import QuothReader

@Suite struct CellWidthTests {
  @Test func asciiIsOneCellAndControlsTheirPlaceholder() {
    #expect(CellWidth.of("a" as Unicode.Scalar) == 1)
    #expect(CellWidth.of("\u{7}" as Unicode.Scalar) == 2)  // shown as ^G
    #expect(CellWidth.of("“quoted”") == 8)
  }

  @Test func wideCharactersAreTwoCells() {
    #expect(CellWidth.of("東京") == 4)
    #expect(CellWidth.of("한국") == 4)
    #expect(CellWidth.of("🚌") == 2)
    #expect(CellWidth.of("ＡＢ") == 4)
  }

  @Test func combiningMarksJoinersAndSelectorsAreZero() {
    #expect(CellWidth.of("e\u{301}") == 1)
    #expect(CellWidth.of("\u{200D}") == 0)
    #expect(CellWidth.of("\u{FE0F}") == 0)
  }
}

@Suite struct TextCutTests {
  @Test func shortTextIsKeptAndLongTextEndsInAnEllipsis() {
    #expect(Text.truncated("ferry", to: 5) == "ferry")
    #expect(Text.truncated("ferry crossing", to: 8) == "ferry c…")
    #expect(Text.truncated("ferry", to: 0) == "")
    // Wide characters count two cells; the cut never ends on a space or an ellipsis.
    #expect(Text.truncated("港口渡轮服务", to: 7) == "港口渡…")
    #expect(Text.truncated("one … two three", to: 7) == "one…")
  }

  @Test func aSnippetPutsEveryRunOfLineBreaksAsOneSpace() {
    #expect(
      Text.snippet("\nThe ferry runs.\n\nIt stops at dawn.\r\n", to: 80)
        == "The ferry runs. It stops at dawn.")
    #expect(Text.snippet("a\u{2028}b", to: 10) == "a b")
    #expect(Text.snippet("The ferry runs.\n\nIt stops at dawn.", to: 20) == "The ferry runs. It…")
    // Only the cut matters, not how long the rest is.
    let long = "Night service " + String(repeating: "and more words\n", count: 100_000)
    #expect(Text.snippet(long, to: 16) == "Night service a…")
  }
}

@Suite struct LayoutTests {
  func document(_ text: String) -> ReaderDocument {
    ReaderDocument(
      Analysis(
        article: PlainTextIngest.article(from: text, source: "t.txt"), entities: [], quotes: [],
        speakers: []))
  }

  @Test func wrapsAtWordsWithinTheWidth() {
    let doc = document("Title\none two three four five six seven")
    let layout = ArticleLayout(document: doc, width: 10)
    let texts = layout.lines.map { doc.text($0.start, $0.end) }
    #expect(texts == ["Title", "", "one two", "three four", "five six", "seven"])
  }

  @Test func cutsWordsLongerThanTheLine() {
    let doc = document("Title\nabcdefghijklmnop")
    let texts = ArticleLayout(document: doc, width: 6).lines.map { doc.text($0.start, $0.end) }
    #expect(texts == ["Title", "", "abcdef", "ghijkl", "mnop"])
  }

  @Test func wideCharactersNeverOverflow() {
    let doc = document("題\n東京の夜行バスは運行を続ける")
    for width in 3...12 {
      for line in ArticleLayout(document: doc, width: width).lines {
        #expect(CellWidth.of(doc.text(line.start, line.end)) <= width)
      }
    }
  }

  @Test func findsTheLineOfAnOffset() {
    let doc = document("Title\none two three four five six seven")
    let layout = ArticleLayout(document: doc, width: 10)
    let offset = Fixture.range(of: "four", in: doc.article.text).start
    #expect(layout.lineIndex(containing: offset) == 3)
  }
}

@Suite struct ScreenTests {
  @Test func writesWideCharactersAsTwoCellsAndCombiningMarksIntoTheirBase() {
    var screen = Screen(width: 6, height: 1)
    let end = screen.write("a東e\u{301}x", row: 0, column: 0, style: .plain)
    #expect(end == 5)
    #expect(screen[0, 1].text == "東")
    #expect(screen[0, 2].isContinuation)
    #expect(screen[0, 3].text == "e\u{301}")
    #expect(screen.line(0) == "a東e\u{301}x")
  }

  @Test func aWideCharacterThatDoesNotFitLeavesASpace() {
    var screen = Screen(width: 3, height: 1)
    screen.write("ab東", row: 0, column: 0, style: CellStyle(.quote))
    #expect(screen.line(0) == "ab")
    #expect(screen[0, 2].style.contains(.quote))
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var screen = Screen(width: 6, height: 1)
    screen.write("東京", row: 0, column: 0, style: .plain)
    screen.write("|", row: 0, column: 1, style: .plain)
    screen.write("x", row: 0, column: 2, style: .plain)
    #expect(screen.line(0) == " |x")
    #expect(CellWidth.of(screen.line(0)) <= 6)
  }

  @Test func changesAreOnlyTheCellsThatDiffer() {
    var before = Screen(width: 10, height: 2)
    before.write("hello", row: 0, column: 0, style: .plain)
    var after = before
    after.write("J", row: 0, column: 0, style: .plain)
    after.write("東", row: 1, column: 4, style: .plain)
    let changes = after.changes(from: before)
    #expect(changes.map(\.row) == [0, 1])
    #expect(changes[0].column == 0 && changes[0].cells.count == 1)
    #expect(changes[1].column == 4 && changes[1].cells.count == 2)
    #expect(after.changes(from: after).isEmpty)
    #expect(after.changes(from: nil).count == 2)
  }

  @Test func styledTextWritesStyleNamesInline() {
    var screen = Screen(width: 12, height: 1)
    screen.write("said ", row: 0, column: 0, style: .plain)
    screen.write("Ruiz", row: 0, column: 5, style: CellStyle(.entityPerson, .quote))
    #expect(screen.styledText() == "said {entity.person+quote:Ruiz}")
    #expect(screen.styledText(showing: [.quote]) == "said {quote:Ruiz}")
  }
}

@Suite struct KeyTests {
  @Test func parsesKeyNames() {
    #expect(Key(name: "j") == .char("j"))
    #expect(Key(name: "<Down>") == .down)
    #expect(Key(name: "^N") == .ctrl("n"))
    #expect(Key(name: "<C-n>") == .ctrl("n"))
    #expect(Key(name: "<F1>") == .function(1))
    #expect(Key(name: "<Space>") == .char(" "))
    #expect(Key(name: "<Dwn>") == nil)
    #expect(Key(name: "jj") == nil)
  }

  @Test func namesRoundTrip() {
    for command in Command.allCases {
      for key in command.defaultKeys { #expect(Key(name: key.name) == key) }
    }
  }

  @Test func readsKeySequences() {
    #expect(
      Key.sequence("Js/a b<Enter><lt>") == [
        .char("J"), .char("s"), .char("/"), .char("a"), .char(" "), .char("b"), .enter, .char("<"),
      ])
    #expect(Key.sequence("<nonsense>") == Array("<nonsense>").map(Key.char))
  }

  /// Within each context (`u` is half a page up, and in the list it marks unread).
  @Test func everyDefaultKeyRunsOneCommand() {
    var seen: [KeyContext: [Key: Command]] = [:]
    for command in Command.allCases {
      let context = command.defaultContext
      for key in command.defaultKeys {
        #expect(
          seen[context]?[key] == nil,
          "\(key.name) is bound to both \(seen[context]?[key]?.name ?? "") and \(command.name)")
        seen[context, default: [:]][key] = command
      }
    }
    #expect(Keymap.standard.command(for: .char("u"), in: .list) == .toggleUnread)
    #expect(Keymap.standard.command(for: .char("u"), in: .article) == .halfPageUp)
  }

  @Test func typingInAPromptInsertsTextButArrowsStillWork() {
    let state = Fixture.press("/", on: Fixture.state())
    #expect(state.action(for: .char("j")) == .insert("j"))
    #expect(state.action(for: .enter) == .command(.open))
    #expect(state.action(for: .escape) == .command(.cancel))
  }
}
