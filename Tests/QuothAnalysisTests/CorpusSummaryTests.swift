import Foundation
import Testing

@testable import QuothAnalysis

/// Totals across a corpus: speakers and entities added up article by article, the
/// bounded table, and the JSON and CSV it is written as.
@Suite struct CorpusSummaryTests {
  func rows(_ text: String, _ subject: CorpusSummary.Subject) -> [CorpusSummary.Row] {
    let article = PlainTextIngest.article(from: text, source: "test.txt")
    return CorpusSummary.rows(of: Analyzer().sections(of: article), subject: subject)
  }

  let ferry = """
    Ferry saved

    “We will keep the boats running through the winter,” said Mara Quint, who chairs the \
    transport board. “Nobody will be left on the pier,” Quint added.
    """
  let market = """
    Fish market moves

    “The old hall is too small for the traders,” said Ivo Brandt on Monday. Mara Quint \
    agreed. “It is time,” Quint said.
    """

  @Test func speakersAddUpAcrossArticles() throws {
    var summary = CorpusSummary(subject: .speakers)
    summary.add(article: rows(ferry, .speakers))
    summary.add(article: rows(market, .speakers))
    #expect(summary.articles == 2)
    let quint = try #require(summary.rows.first)
    #expect(quint.name == "Mara Quint")
    #expect(quint.kind == "person")
    #expect(quint.quotes == 3)
    #expect(quint.articles == 2)
    #expect(quint.words == 9 + 7 + 3)
    let brandt = try #require(summary.rows.first { $0.name == "Ivo Brandt" })
    #expect(brandt.quotes == 1)
    #expect(brandt.articles == 1)
    #expect(summary.maxUndercount == 0)
  }

  @Test func entitiesCountMentionsAndArticles() throws {
    var summary = CorpusSummary(subject: .entities)
    summary.add(article: rows(ferry, .entities))
    summary.add(article: rows(market, .entities))
    let quint = try #require(summary.rows.first { $0.name == "Mara Quint" })
    #expect(quint.kind == "PERSON")
    #expect(quint.mentions == 4)
    #expect(quint.articles == 2)
  }

  @Test func pastItsCapacityTheTableKeepsTheMostCountedAndSaysByHowMuchItMayBeShort() {
    var summary = CorpusSummary(subject: .speakers, capacity: 2)
    func quotes(_ name: String, _ count: Int) -> [CorpusSummary.Row] {
      [CorpusSummary.Row(name: name, kind: "person", quotes: count, words: count * 5)]
    }
    summary.add(article: quotes("Ada", 9))
    summary.add(article: quotes("Bo", 1))
    summary.add(article: quotes("Cy", 5))
    summary.add(article: quotes("Di", 2))  // four rows: trimmed to the two most quoted
    #expect(summary.rows.map(\.name) == ["Ada", "Cy"])
    #expect(summary.maxUndercount == 2)
    summary.add(article: quotes("Ada", 1))
    #expect(summary.rows.first?.quotes == 10)
    #expect(summary.rows.first?.articles == 2)
  }

  @Test func csvQuotesWhatNeedsItAndJSONNamesTheFields() {
    var summary = CorpusSummary(subject: .speakers)
    summary.add(article: [
      CorpusSummary.Row(name: "Quint, Mara", kind: "person", quotes: 2, words: 11),
      CorpusSummary.Row(name: "the \"Harbour\" board", kind: "organisation", quotes: 1, words: 4),
    ])
    #expect(
      summary.csv()
        == "name,kind,quotes,words,articles\r\n\"Quint, Mara\",person,2,11,1\r\n"
        + "\"the \"\"Harbour\"\" board\",organisation,1,4,1\r\n")
    #expect(
      summary.json()
        == #"{"summary":"speakers","articles":1,"maxUndercount":0,"speakers":[{"name":"Quint, Mara","kind":"person","quotes":2,"words":11,"articles":1},{"name":"the \"Harbour\" board","kind":"organisation","quotes":1,"words":4,"articles":1}]}"#
    )
  }

  @Test func anArticlesRecordFieldsComeFirstAndAFailureIsOneLine() throws {
    let article = PlainTextIngest.article(from: ferry, source: "-")
    var output = Data()
    try AnalysisJSON.write(
      article, sections: Analyzer().sections(of: article),
      record: RecordFields(
        id: .string("<urn:uuid:1>"), targetURI: "https://harbour.example/1",
        warcDate: "2024-03-05T09:00:00Z")
    ) { output += $0 }
    let json = String(decoding: output, as: UTF8.self)
    #expect(
      json.hasPrefix(
        #"{"schema":2,"id":"<urn:uuid:1>","targetURI":"https://harbour.example/1","warcDate":"2024-03-05T09:00:00Z","source":"-""#
      ))
    #expect(
      AnalysisJSON.errorLine(
        record: RecordFields(id: .integer(7)), message: "line 2: not valid JSON")
        == #"{"id":7,"error":"line 2: not valid JSON"}"#)
  }
}
