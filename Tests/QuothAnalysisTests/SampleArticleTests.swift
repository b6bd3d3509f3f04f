import Testing

@testable import QuothAnalysis

/// quoth's own sample article (Sources/QuothAnalysis/Sample), end to end through the
/// analysis: every quote, its speaker and what joins it to others, as a reader of the
/// article sees them, written out here (not taken from the program's output).
@Suite struct SampleArticleTests {
  static let analysis = Analyzer().analyze(
    PlainTextIngest.article(from: SampleArticle.text, source: SampleArticle.source))

  /// Each quote: how it begins, who said it, how many spans it has, which quote it repeats.
  static let expected: [(start: String, speaker: String, spans: Int, repeatOf: Int?)] = [
    ("“This boat is how nurses, bakers and cleaners get home,”", "Priya Raman", 1, nil),
    ("“Cut it, and you cut them off.”", "Priya Raman", 1, nil),
    ("“honour the council’s decision for as long as the subsidy lasts.”", "Estuary Lines", 1, nil),
    ("“People picture a tourist boat,”", "Dara Okafor", 1, nil),
    // Runs on into the next paragraph, which opens with a quotation mark again.
    ("“It is a bus with a deck.", "Dara Okafor", 2, nil),
    ("“the only reason”", "Dara Okafor", 1, nil),
    ("“I went out at midnight expecting an empty deck,”", "Tomas Lindqvist", 1, nil),
    ("“It was full.”", "Tomas Lindqvist", 1, nil),
    // "he wrote" after the heading "The cost": the committee chair named later.
    ("“We have found the money this year,”", "Geoffrey Hale", 1, nil),
    ("“I cannot promise we will find it next year.”", "Geoffrey Hale", 1, nil),
    ("“a decent decision made without a plan.”", "Geoffrey Hale", 1, nil),
    // The pull quote repeats quote 2.
    ("“Cut it, and you cut them off.”", "Priya Raman", 1, 2),
    // Split by its attribution: one quote, two spans.
    ("“A vote is a promise,” … “and now we make sure it is kept.”", "Priya Raman", 2, nil),
  ]

  @Test func everyQuoteWithItsSpeaker() {
    let quotes = Self.analysis.quotes
    #expect(quotes.count == Self.expected.count)
    for (index, (quote, expected)) in zip(quotes, Self.expected).enumerated() {
      #expect(quote.id == index + 1)
      #expect(quote.text.hasPrefix(expected.start), "quote \(index + 1)")
      #expect(quote.speaker == expected.speaker, "quote \(index + 1)")
      #expect(quote.spans.count == expected.spans, "quote \(index + 1)")
      #expect(quote.repeatOf == expected.repeatOf, "quote \(index + 1)")
    }
  }

  @Test func theRunOnQuoteCoversBothParagraphs() {
    let quote = Self.analysis.quote(containing: "It is a bus with a deck")
    #expect(quote?.text.hasSuffix("the day workers already have.”") == true)
  }

  @Test func titlesAndNamesInQuotationMarksAreNotQuotes() {
    #expect(Self.analysis.quote(containing: "Last Boat Home") == nil)
    #expect(Self.analysis.quote(containing: "Night Ferry Choir") == nil)
  }

  @Test func speakersMostQuotedFirst() {
    let speakers = Self.analysis.speakers
    #expect(
      speakers.map(\.name) == [
        "Priya Raman", "Dara Okafor", "Geoffrey Hale", "Tomas Lindqvist", "Estuary Lines",
      ])
    #expect(speakers.map(\.quotes) == [4, 3, 3, 2, 1])
    #expect(speakers.first { $0.name == "Estuary Lines" }?.type == .org)
    #expect(speakers.first { $0.name == "Dara Okafor" }?.type == .person)
  }
}
