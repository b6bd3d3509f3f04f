import Testing

@testable import QuothAnalysis

/// Every quotation-mark convention of English news, and what is not a quote.
@Suite struct QuoteConventionTests {
  @Test func curlyDoubleMarks() {
    let analysis = analyze("“The bridge will open in May,” the mayor said.\n")
    #expect(analysis.quoteTexts == ["“The bridge will open in May,”"])
  }

  @Test func straightDoubleMarks() {
    let analysis = analyze(
      "\"The bridge will open in May,\" the mayor said. Nobody believed \"a word of it.\"\n")
    #expect(analysis.quotes.first?.text == "\"The bridge will open in May,\"")
    #expect(analysis.quotes.first?.speaker == "the mayor")
  }

  @Test func twoApostrophesOpenAndClose() {
    let analysis = analyze("''We will not be moved,'' Mr. Hale said on Tuesday.\n")
    #expect(analysis.quoteTexts == ["''We will not be moved,''"])
    #expect(analysis.quotes.first?.speaker == "Hale")
  }

  @Test func backticksAndApostrophes() {
    let analysis = analyze("``The tide is turning for us,'' Priya Raman said.\n")
    #expect(analysis.quoteTexts == ["``The tide is turning for us,''"])
    #expect(analysis.quotes.first?.speaker == "Priya Raman")
  }

  @Test func guillemets() {
    let analysis = analyze("«We rebuilt the harbour in a single year,» said Anna Berg.\n")
    #expect(analysis.quoteTexts == ["«We rebuilt the harbour in a single year,»"])
    #expect(analysis.quotes.first?.speaker == "Anna Berg")
  }

  @Test func singleMarksNestedInsideDoubleOnesAreNotQuotesOfTheirOwn() {
    let analysis = analyze("“They told us ‘the boat is safe’ and then it sank,” said Tom Reed.\n")
    #expect(analysis.quotes.count == 1)
    #expect(analysis.quotes[0].text == "“They told us ‘the boat is safe’ and then it sank,”")
  }

  @Test func singleMarksQuoteWhenNoDoubleQuoteIsOpen() {
    let analysis = analyze("Trump: 'We will build the ferry terminal ourselves'\n")
    #expect(analysis.quoteTexts == ["'We will build the ferry terminal ourselves'"])
    #expect(analysis.quotes.first?.speaker == "Trump")
  }

  @Test func quoteOverSeveralParagraphsIsOneQuoteWithASpanEach() {
    let text = """
      “The first part is about money,” said Dara Okafor. “The second part is about time.
      “The third part is about people, and that is the part that matters.”
      A different paragraph with no quote in it at all.

      """
    let analysis = analyze(text)
    let quote = analysis.quote(containing: "second part")
    #expect(quote?.spans.count == 2)
    #expect(quote?.text.contains("third part") == true)
    #expect(quote?.speaker == "Dara Okafor")
  }

  /// Only a paragraph that opens with a quotation mark continues the open quote: a
  /// later quote inside a narrated paragraph is a quote of its own.
  @Test func anOpenQuoteDoesNotSwallowALaterQuoteInTheNextParagraph() {
    let text = """
      “The first part is about money,” said Dara Okafor. “The second part is about time.
      Not everyone on the pier agreed. “Nobody has told us where the money for the boat will come from next year.”

      """
    let analysis = analyze(text)
    #expect(analysis.quotes.count == 3)
    let first = analysis.quote(containing: "second part")
    #expect(first?.text.contains("Nobody") == false)
    #expect(first?.speaker == "Dara Okafor")
    let later = analysis.quote(containing: "Nobody has told us")
    #expect(later?.spans.count == 1)
    // No one names its speaker: Okafor, the only name near, is at most a guess marked so.
    #expect(later?.speaker == nil || later?.hasUncertainSpeaker == true)
  }

  @Test func quoteLeftUnclosedAtTheEndOfAParagraphEndsThere() {
    let text = """
      “This is where the quote starts and it never closes, said nobody.
      The next paragraph is narration with no marks in it whatsoever.

      """
    let analysis = analyze(text)
    #expect(analysis.quotes.count == 1)
    let firstLine = text.split(separator: "\n")[0].unicodeScalars.count
    #expect(analysis.quotes[0].spans == [TextRange(0, firstLine)])
  }

  @Test func quoteSplitByItsAttributionIsOneQuoteWithTwoSpans() {
    let analysis = analyze("“I went out at midnight,” Lindqvist said, “and the deck was full.”\n")
    #expect(analysis.quotes.count == 1)
    #expect(analysis.quotes[0].spans.count == 2)
    #expect(analysis.quotes[0].speaker == "Lindqvist")
    #expect(analysis.quotes[0].text == "“I went out at midnight,” … “and the deck was full.”")
  }

  @Test func newSentenceAfterTheAttributionIsANewQuoteBySameSpeaker() {
    let analysis = analyze("“The boat is a bus,” Okafor said. “Without it we walk home.”\n")
    #expect(analysis.quotes.count == 2)
    #expect(analysis.quotes.map(\.speaker) == ["Okafor", "Okafor"])
  }

  @Test func apostrophesInWordsAreNeverQuoteMarks() {
    let text =
      "Mr. Jones' boat, built in the '90s, doesn't sail; rock 'n' roll plays on deck and the crew's radio hums.\n"
    #expect(analyze(text).quotes.isEmpty)
    let curly =
      "The Joneses’ boat, built in the ’90s, doesn’t sail; rock ’n’ roll plays on the crew’s radio.\n"
    #expect(analyze(curly).quotes.isEmpty)
  }

  @Test func titlesNicknamesAndScareQuotesAreNotQuotes() {
    let text = """
      The council screened “Last Boat Home” on Friday, and the band now calls itself the “Night Ferry Choir.”
      Critics mocked the so-called “alt-left” on the radio. Locals call him “Wolf Man” for his beard.

      """
    #expect(analyze(text).quotes.isEmpty)
  }

  @Test func shortQuotesThatAreAttributedStay() {
    let analysis = analyze("Hale called the system “rigged” in a letter.\n")
    #expect(analysis.quoteTexts == ["“rigged”"])
    #expect(analysis.quotes.first?.speaker == "Hale")
  }

  @Test func pullQuoteRepeatingAnEarlierQuoteIsMarkedAsARepeat() {
    let text = """
      “Cut it, and you cut them off,” said Councillor Priya Raman.
      The vote was nine to four.
      “Cut it, and you cut them off.”

      """
    let analysis = analyze(text)
    #expect(analysis.quotes.count == 2)
    #expect(analysis.quotes[1].repeatOf == analysis.quotes[0].id)
    #expect(analysis.quotes[1].speaker == "Priya Raman")
  }

  @Test func tenThousandUnbalancedMarksFinishAndStayWithinTheText() {
    let text =
      String(repeating: "He said \" and then “ but never ” or ' closed. ", count: 2_500) + "\n"
    let analysis = analyze(text)
    let length = text.unicodeScalars.count
    #expect(
      analysis.quotes.allSatisfy {
        $0.spans.allSatisfy { $0.start >= 0 && $0.end <= length && $0.start < $0.end }
      })
  }
}
