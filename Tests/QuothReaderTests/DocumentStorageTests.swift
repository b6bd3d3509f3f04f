import QuothAnalysis
import Testing

@testable import QuothReader

/// The reader's compact storage gives back exactly what it was given.
@Suite struct IndexedTextTests {
  /// Text with one-, two-, three- and four-byte scalars, a flag (two scalars), a family
  /// joined with ZWJ, combining marks and a variation selector, long enough to cross
  /// several index marks.
  static let mixed = String(
    repeating: "Café e\u{301}te\u{0308}st 東京 🇺🇦 👩\u{200D}👩\u{200D}👧 ☺\u{FE0F} naïve ok\n", count: 9)

  @Test func everyOffsetFindsItsScalar() {
    let text = IndexedText(Self.mixed)
    let scalars = Array(Self.mixed.unicodeScalars)
    #expect(text.count == scalars.count)
    #expect(text.count > 3 * IndexedText.stride)
    for offset in scalars.indices {
      #expect(text[offset] == scalars[offset], "offset \(offset)")
    }
  }

  @Test func textBetweenOffsetsRoundTrips() {
    let text = IndexedText(Self.mixed)
    let scalars = Array(Self.mixed.unicodeScalars)
    for start in stride(from: 0, to: scalars.count, by: 7) {
      for length in [0, 1, 2, 5, 63, 64, 65, 130] where start + length <= scalars.count {
        let expected = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
        #expect(text.text(start, start + length) == expected, "\(start)..<\(start + length)")
      }
    }
    #expect(text.text(0, text.count) == Self.mixed)
  }

  @Test func decodingTheBytesGivesTheScalarsAtTheirOffsets() {
    let text = IndexedText(Self.mixed)
    let scalars = Array(Self.mixed.unicodeScalars)
    let decoded = text.withUTF8 { bytes in
      var position = text.utf8Offset(at: 100)
      var found: [Unicode.Scalar] = []
      while position < bytes.count {
        let (scalar, length) = IndexedText.decode(bytes, at: position)
        found.append(scalar)
        position += length
      }
      return found
    }
    #expect(decoded == Array(scalars[100...]))
    #expect(text.utf8Offset(at: text.count) == Self.mixed.utf8.count)
  }

  @Test func offsetsOutsideTheTextAreClamped() {
    let text = IndexedText("e\u{301}🇺🇦x")
    #expect(text.count == 5)
    #expect(text.text(-3, 2) == "e\u{301}")
    #expect(text.text(3, 99) == "\u{1F1E6}x")
    #expect(text.text(4, 2) == "")
    #expect(text.index(at: 99) == text.string.endIndex)
  }

  @Test func emptyAndExactMultiplesOfTheStride() {
    #expect(IndexedText("").count == 0)
    #expect(IndexedText("").text(0, 10) == "")
    let exact = String(repeating: "é", count: IndexedText.stride * 2)
    let text = IndexedText(exact)
    #expect(text.count == IndexedText.stride * 2)
    #expect(text.text(IndexedText.stride * 2 - 1, IndexedText.stride * 2) == "é")
    #expect(text.index(at: text.count) == text.string.endIndex)
  }

  @Test func aStringCutFromALargerOneIsIndexedOnItsOwn() {
    let whole = "ab 東京 cd"
    let part = String(whole.dropFirst(3))
    let text = IndexedText(part)
    #expect(text.count == 5)
    #expect(text[0] == "東" && text.text(3, 5) == "cd")
  }
}

extension IndexedTextTests {
  @Test func searchDecodesEveryWidthOfCharacter() {
    let text = IndexedText("Café 🇺🇦 CAFÉ東京 cafe café ÉÉé")
    func find(_ needle: String) -> [String] {
      TextSearch.find(Array(needle.unicodeScalars), in: text).map { text.text($0.start, $0.end) }
    }
    #expect(find("café") == ["Café", "CAFÉ", "café"])
    #expect(find("é") == ["é", "É", "é", "É", "É", "é"])
    #expect(find("東京 c") == ["東京 c"])
    #expect(find("🇺🇦 c") == ["🇺🇦 C"])
    #expect(find("éé") == ["ÉÉ"])
    #expect(find("x").isEmpty && find("").isEmpty)
  }
}

@Suite struct EntityTableTests {
  static let place = Entity(start: 30, end: 36, text: "Ostend", type: .place, canonical: "Ostend")
  static let person = Entity(
    start: 3, end: 13, text: "Lena Marsh", type: .person, canonical: "Lena Marsh")
  static let short = Entity(
    start: 50, end: 55, text: "Marsh", type: .person, canonical: "Lena Marsh")

  @Test func keepsEachMentionSortedByStart() {
    let table = EntityTable([Self.place, Self.short, Self.person])
    #expect(table.map(\.start) == [3, 30, 50])
    #expect(table[0] == EntityMention(start: 3, end: 13, type: .person, canonical: "Lena Marsh"))
    #expect(table[1] == EntityMention(start: 30, end: 36, type: .place, canonical: "Ostend"))
    #expect(table[2].canonical == "Lena Marsh" && table[2].range == TextRange(50, 55))
    #expect(table.end(at: 2) == 55 && table.start(at: 1) == 30)
  }

  @Test func countsAndFindsEachCanonicalNameOfAType() {
    let table = EntityTable([Self.place, Self.short, Self.person])
    #expect(table.counts(of: .person).map(\.canonical) == ["Lena Marsh"])
    #expect(table.counts(of: .person).map(\.count) == [2])
    #expect(table.counts(of: .place).map(\.count) == [1])
    #expect(table.counts(of: .date).isEmpty)
    #expect(table.ranges(of: "Lena Marsh", type: .person) == [TextRange(3, 13), TextRange(50, 55)])
    #expect(table.ranges(of: "Lena Marsh", type: .place) == [])
    #expect(table.ranges(of: "Nobody", type: .person) == [])
  }

  @Test func addingAfterFinishingKeepsOneNumberPerName() {
    var table = EntityTable([Self.person])
    table.finish()
    table.append([Self.place, Self.short])
    #expect(table.counts(of: .person).map(\.canonical) == ["Lena Marsh"])
    #expect(table.counts(of: .person).map(\.count) == [2])
    #expect(table.ranges(of: "Ostend", type: .place) == [TextRange(30, 36)])
  }

  @Test func sectionsAppendedOutOfOrderAreSortedAgain() {
    var table = EntityTable([Self.short])
    table.append([Self.person, Self.place])
    #expect(table.map(\.start) == [3, 30, 50])
    #expect(table.map(\.type) == [.person, .place, .person])
  }
}

@Suite struct QuoteTableTests {
  static let text =
    "“We stay,” Lena Marsh said, “and we sail.” Then “Yes.” Plain. “We stay,” she said."

  static func range(_ needle: String, _ occurrence: Int = 0) -> TextRange {
    Fixture.range(of: needle, in: text, occurrence: occurrence)
  }

  static var quotes: [Quote] {
    let first = [range("“We stay,”"), range("“and we sail.”")]
    return [
      Quote(
        id: 1, spans: first, text: "“We stay,” … “and we sail.”", speaker: "Lena Marsh",
        speakerType: .person,
        mention: TextSpan(
          start: range("Lena Marsh").start, end: range("Lena Marsh").end, text: "Lena Marsh"),
        cue: TextSpan(start: range("said").start, end: range("said").end, text: "said")),
      Quote(id: 2, spans: [range("“Yes.”")], text: "“Yes.”"),
      Quote(
        id: 3, spans: [range("“We stay,”", 1)], text: "“We stay,”", speaker: "Lena Marsh",
        speakerType: .person,
        mention: TextSpan(start: range("she").start, end: range("she").end, text: "she"),
        repeatOf: 1),
    ]
  }

  @Test func givesBackEveryQuoteWithItsTextsReadFromTheArticle() {
    var table = QuoteTable(text: IndexedText(Self.text))
    table.append(Array(Self.quotes.prefix(1)))
    table.append(Array(Self.quotes.dropFirst()))
    #expect(Array(table) == Self.quotes)
  }

  @Test func addingAfterFinishingKeepsOneNumberPerName() {
    var table = QuoteTable(text: IndexedText(Self.text))
    table.append([Self.quotes[0]])
    table.finish()
    table.append(Array(Self.quotes.dropFirst()))
    #expect(table.positions(by: "Lena Marsh") == [0, 2])
    #expect(Array(table) == Self.quotes)
  }

  @Test func answersWithoutMakingWholeQuotes() {
    var table = QuoteTable(text: IndexedText(Self.text))
    table.append(Self.quotes)
    #expect(Array(table.spans(at: 0)) == Self.quotes[0].spans)
    #expect(table.extent(at: 0) == Self.quotes[0].extent)
    #expect(table.speaker(at: 1) == nil && table.speaker(at: 2) == "Lena Marsh")
    #expect(table.positions(by: "Lena Marsh") == [0, 2])
    #expect(table.positions(by: nil) == [0, 1, 2])
    #expect(table.positions(by: "Nobody") == [])
  }
}

extension QuoteTableTests {
  @Test func findsTheQuotesOverlappingARange() {
    let whole = Self.text.unicodeScalars.count
    let yes = Self.range("“Yes.”")
    let between = Self.range("Lena Marsh")
    let sail = Self.range("sail")
    for quotes in [Self.quotes, Self.quotes.reversed()] {
      // Reversed, the table is not in reading order and looks at every quote.
      var table = QuoteTable(text: IndexedText(Self.text))
      table.append(quotes)
      let order = quotes.map(\.id)
      func ids(_ positions: [Int]) -> [Int] { positions.map { order[$0] }.sorted() }
      #expect(ids(table.positions(overlapping: yes.start, yes.end)) == [2])
      #expect(ids(table.positions(overlapping: between.start, between.end)) == [])
      #expect(ids(table.positions(overlapping: sail.start, yes.start + 1)) == [1, 2])
      #expect(ids(table.positions(overlapping: 0, whole)) == [1, 2, 3])
      #expect(ids(table.positions(overlapping: whole - 3, whole)) == [])
    }
  }
}

@Suite struct VisibleQuotesTests {
  @Test func everyQuoteIsARange() {
    let all = VisibleQuotes(all: 1_000_000)
    #expect(all.count == 1_000_000 && all[123_456] == 123_456)
    #expect(all.firstIndex(of: 999_999) == 999_999 && all.firstIndex(of: 1_000_000) == nil)
    #expect(!all.contains(-1))
  }

  @Test func aFilterFindsItsQuotesByHalving() {
    let some = VisibleQuotes([2, 5, 9, 40])
    #expect(Array(some) == [2, 5, 9, 40])
    #expect(some.firstIndex(of: 9) == 2 && some.firstIndex(of: 40) == 3)
    #expect(some.firstIndex(of: 6) == nil && some.firstIndex(of: 41) == nil)
    #expect(some.contains(2) && !some.contains(0))
    #expect(VisibleQuotes([]).firstIndex(of: 0) == nil)
  }
}

@Suite struct ReaderDocumentTests {
  /// Paragraphs with quotes, analysed in sections far shorter than the article.
  static let article = PlainTextIngest.article(
    from: (0..<12).map {
      "“We found the money for item \($0),” Lena Marsh said in Ostend. “It stays,” she said."
    }.joined(separator: "\n\n"), source: "sections.txt")

  @Test func sectionsComeTogetherAtTheirOffsets() {
    let sections = Array(Analyzer().sections(of: Self.article, length: 200))
    #expect(sections.count > 3)
    let document = ReaderDocument(article: Self.article, sections: sections)
    let quotes = sections.flatMap(\.quotes)
    #expect(quotes.count >= 12)
    #expect(Array(document.quotes) == quotes)
    #expect(document.entities.count == sections.map(\.entities.count).reduce(0, +))
    for entity in document.entities {
      #expect(["Lena Marsh", "Ostend"].contains(document.text(entity.start, entity.end)))
    }
    #expect(document.speakers.first?.name == "Lena Marsh")
    #expect(document.speakers.first?.quotes == quotes.filter { $0.speaker == "Lena Marsh" }.count)
  }

  @Test func analysingInSectionsGivesTheWholeAnalysisForAnArticle() {
    let whole = ReaderDocument(Analyzer().analyze(Self.article))
    #expect(ReaderDocument(analyzing: Self.article) == whole)
    #expect(Array(whole.quotes) == Analyzer().analyze(Self.article).quotes)
  }

  @Test func layoutCutsAWideWordIntoPiecesThatFit() {
    let document = ReaderDocument(
      article: PlainTextIngest.article(from: "T\n東京🇺🇦e\u{301}abc東京東京", source: "w.txt"),
      sections: [])
    for width in 2...7 {
      let lines = ArticleLayout(document: document, width: width).lines.filter { $0.kind == .body }
      let pieces = lines.map { document.text($0.start, $0.end) }
      #expect(pieces.joined() == "東京🇺🇦e\u{301}abc東京東京", "width \(width)")
      #expect(pieces.allSatisfy { CellWidth.of($0) <= width }, "width \(width): \(pieces)")
      #expect(pieces.count > 1)
    }
  }
}
