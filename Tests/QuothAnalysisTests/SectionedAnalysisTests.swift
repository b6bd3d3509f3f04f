import Foundation
import Testing

@testable import QuothAnalysis

/// A huge text is analysed in sections; what comes out must read as one analysis.
@Suite struct SectionedAnalysisTests {
  /// Paragraphs that each carry their own quote and speaker.
  static let text = (0..<12).map { index in
    let name = ["Lena Marsh", "Omar Haddad", "Priya Raman"][index % 3]
    return "“The harbour plan number \(index) will go ahead as agreed,” \(name) said in Valmont."
  }.joined(separator: "\n\n")

  static let article = PlainTextIngest.article(from: text, source: "sections.txt")

  func scalarText(_ start: Int, _ end: Int) -> String {
    let scalars = Array(Self.text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }

  @Test func sectionsSayHowMuchOfTheArticleTheyCover() {
    var sections = Analyzer().sections(of: Self.article, length: 200)
    #expect(sections.fractionDone == 0)
    var fractions: [Double] = []
    while sections.next() != nil { fractions.append(sections.fractionDone) }
    #expect(fractions.count >= 4)
    #expect(fractions == fractions.sorted() && fractions.last == 1)
    #expect(fractions.first! > 0 && fractions.first! < 0.5)
  }

  @Test func sectionsGiveTheQuotesAndSpeakersOfTheWholeText() {
    let whole = Analyzer().analyze(Self.article)
    let sections = Array(Analyzer().sections(of: Self.article, length: 200))
    #expect(sections.count >= 4)
    let quotes = sections.flatMap(\.quotes)
    #expect(quotes.count == 12)
    #expect(quotes.map(\.text) == whole.quotes.map(\.text))
    #expect(quotes.map(\.speaker) == whole.quotes.map(\.speaker))
    #expect(quotes.map(\.id) == Array(1...12))
    for quote in quotes {
      #expect(scalarText(quote.spans[0].start, quote.spans[0].end) == quote.text)
      #expect(quote.mention != nil)
      if let mention = quote.mention {
        #expect(scalarText(mention.start, mention.end) == mention.text)
      }
    }
    let entities = sections.flatMap(\.entities)
    #expect(entities.map(\.text) == whole.entities.map(\.text))
    for entity in entities {
      #expect(scalarText(entity.start, entity.end) == entity.text)
    }
  }

  @Test func speakerTotalsAddUpAcrossSections() {
    let speakers = Analyzer().analyze(
      PlainTextIngest.article(from: Self.text, source: "whole.txt")
    ).speakers
    var tally = SpeakerTally()
    for section in Analyzer().sections(of: Self.article, length: 200) {
      tally.add(section.speakers)
    }
    #expect(tally.speakers == speakers)
    #expect(tally.speakers.map(\.quotes) == [4, 4, 4])
  }

  @Test func aParagraphLongerThanASectionIsCutAtASpace() {
    let sentence = "“The ferry runs again on Monday,” said Omar Haddad in Ostend. "
    let text = String(repeating: sentence, count: 40)
    let article = PlainTextIngest.article(from: text, source: "one-line.txt")
    #expect(article.paragraphs.count == 1)
    let sections = Array(Analyzer().sections(of: article, length: 300))
    #expect(sections.count >= text.unicodeScalars.count / 300)
    let quotes = sections.flatMap(\.quotes)
    // A quote is lost only where a cut falls inside it.
    #expect(quotes.count >= 40 - sections.count)
    let scalars = Array(text.unicodeScalars)
    for quote in quotes {
      let span = quote.spans[0]
      #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == quote.text)
      #expect(quote.speaker == "Omar Haddad")
    }
  }

  @Test func streamedJSONIsTheJSONOfTheWholeAnalysis() throws {
    let analysis = Analyzer().analyze(Self.article)
    var streamed = Data()
    try AnalysisJSON.write(Self.article, sections: Analyzer().sections(of: Self.article)) {
      streamed.append($0)
    }
    #expect(String(decoding: streamed, as: UTF8.self) == AnalysisJSON.encode(analysis))
  }

  @Test func streamedJSONOfSeveralSectionsHoldsThemAll() throws {
    let sections = Array(Analyzer().sections(of: Self.article, length: 200))
    var tally = SpeakerTally()
    sections.forEach { tally.add($0.speakers) }
    let joined = Analysis(
      article: Self.article, entities: sections.flatMap(\.entities),
      quotes: sections.flatMap(\.quotes), speakers: tally.speakers)
    var streamed = Data()
    try AnalysisJSON.write(Self.article, sections: sections) { streamed.append($0) }
    #expect(String(decoding: streamed, as: UTF8.self) == AnalysisJSON.encode(joined))
    #expect(try JSONSerialization.jsonObject(with: streamed) is [String: Any])
  }

  @Test func streamedTextIsTheTextOfTheWholeAnalysis() {
    let analysis = Analyzer().analyze(Self.article)
    var streamed = Data()
    AnalysisText.write(Self.article, sections: Analyzer().sections(of: Self.article, length: 200)) {
      streamed.append($0)
    }
    #expect(String(decoding: streamed, as: UTF8.self) == AnalysisText.render(analysis))
  }

  @Test func aSectionHoldsAtMostItsParagraphLimit() {
    let article = PlainTextIngest.article(
      from: String(repeating: "a\n", count: 50), source: "lines.txt")
    #expect(article.paragraphs.count == 50)
    var sections = ArticleSections(article, length: 1 << 20, paragraphLimit: 8)
    var covered: [Paragraph] = []
    while let section = sections.next() {
      #expect(section.article.paragraphs.count <= 8)
      covered += section.article.paragraphs.map {
        Paragraph(start: $0.start + section.base, end: $0.end + section.base, kind: $0.kind)
      }
    }
    #expect(covered == Array(article.paragraphs))
    // An article within both limits is one section.
    #expect(Array(ArticleSections(article, length: 1 << 20, paragraphLimit: 50)).count == 1)
  }

  @Test func paragraphsEncodeTheirOffsetsAsStartAndEnd() throws {
    let json = try JSONEncoder().encode(Paragraph(start: 3, end: 70_000, kind: .body))
    let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
    #expect(object?["start"] as? Int == 3)
    #expect(object?["end"] as? Int == 70_000)
    #expect(try JSONDecoder().decode(Paragraph.self, from: json).end == 70_000)
  }

  @Test func spillBufferGivesBackWhatItHeldInOrder() throws {
    var buffer = SpillBuffer(memoryLimit: 16)
    var expected = Data()
    for index in 0..<200 {
      let piece = Data("{\"quote\":\(index)},".utf8)
      expected.append(piece)
      try buffer.append(piece)
    }
    var drained = Data()
    try buffer.drain { drained.append($0) }
    #expect(drained == expected)
  }
}
