import Testing

@testable import QuothAnalysis

/// Quoted words that are not quotations by where they stand: headlines, headline-style
/// single quotes, titles of works.
@Suite struct HeadlineAndTitleTests {
  @Test func aQuoteInTheTitleIsNotAQuoteButItsRepeatInTheStoryIs() {
    let text = """
      Roe on the Night Ferry: ‘It Stays Until the Bridge Opens’
      The council met on Monday night to decide the future of the harbour ferry service.
      “It stays until the bridge opens,” Mayor Jane Roe said after the vote at the town hall.
      She thanked the crews who had run the boats through the winter storms this year.
      The bridge is due to open in the spring of next year, two years later than planned.

      """
    let article = PlainTextIngest.article(from: text, source: "t")
    #expect(article.paragraphs.first?.kind == .title)
    let analysis = analyze(text)
    #expect(analysis.quoteTexts == ["“It stays until the bridge opens,”"])
    #expect(analysis.quotes.first?.repeatOf == nil)
    #expect(analysis.quotes.first?.speaker == "Jane Roe")
  }

  @Test func singleMarksInAnArticleQuotingWithDoubleMarksAreSubheads() {
    let text = """
      “We have waited eleven years for this boat,” said Tom Reed, who fishes from the pier.
      'A boat for everyone on the island'
      “It will carry cars as well as people,” the harbour master, Ines Vale, said on Friday.
      Reed's neighbours were happier: 'We will not need the bridge at all, will we?'

      """
    let analysis = analyze(text)
    #expect(analysis.quotes.count == 2)
    #expect(analysis.quote(containing: "for everyone") == nil)
    #expect(analysis.quote(containing: "need the bridge") == nil)
  }

  @Test func singleMarksQuoteInAnArticleThatQuotesWithThem() {
    let text = """
      'We rebuilt the harbour in a single year,' said Anna Berg, who led the works.
      'Nobody thought the sea wall would hold through the first storm,' she added.
      The mayor called it "a miracle" at the opening.

      """
    let analysis = analyze(text)
    #expect(analysis.speaker(of: "rebuilt the harbour") == "Anna Berg")
    #expect(analysis.speaker(of: "sea wall would hold") == "Anna Berg")
  }

  @Test func titlesOfWorksAfterAPossessiveAWorkNounOrAuthorOfAreNotQuotes() {
    let text = """
      “The crossing is safe,” Roe said on Harbour Radio's “Night Ferry Hour With Ines Vale” on Sunday.
      In his book “The Long Road Home to the Island,” Hale describes the crossing in a gale.
      “Nobody reads the timetable,” said Tom Reed, the author of “Tides and Tolls of the North Sea.”

      """
    let analysis = analyze(text)
    #expect(analysis.quote(containing: "Night Ferry Hour") == nil)
    #expect(analysis.quote(containing: "Long Road Home") == nil)
    #expect(analysis.quote(containing: "Tides and Tolls") == nil)
    #expect(analysis.speaker(of: "crossing is safe") == "Roe")
    #expect(analysis.speaker(of: "timetable") == "Tom Reed")
  }

  @Test func aTitleCaseQuoteWithASpeakerAndNoWorkBeforeItStays() {
    let analysis = analyze(
      "The crowd chanted “Keep The Ferry Running Every Night,” Roe said after the rally.\n")
    #expect(analysis.quote(containing: "Keep The Ferry") != nil)
  }
}
