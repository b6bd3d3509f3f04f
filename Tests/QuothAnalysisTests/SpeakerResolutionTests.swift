import Testing

@testable import QuothAnalysis

/// Who a mention refers to: fullest names, titles as roles, pronouns, organisations.
@Suite struct SpeakerResolutionTests {
  @Test func surnameBecomesTheFullestNameInTheArticle() {
    let text = """
      Lena Marsh, a visiting scholar, has studied the partnership for years.
      “The harbour cannot pay for a second crane,” Marsh says.

      """
    let analysis = analyze(text)
    #expect(analysis.quotes.first?.speaker == "Lena Marsh")
    #expect(analysis.quotes.first?.mention?.text == "Marsh")
  }

  @Test func honorificAndSurnameBecomeTheFullName() {
    let text = """
      Donald Trump spoke in Ohio on Monday.
      “We will win this state,” Mr. Trump said.

      """
    #expect(analyze(text).quotes.first?.speaker == "Donald Trump")
  }

  @Test func titlesAndOfficesAreARoleNotPartOfTheName() {
    let analysis = analyze(
      "“The fishing quota is not for sale,” said Norwegian Foreign Minister Karim Nasser Tabrizi.\n"
    )
    #expect(analysis.quotes.first?.speaker == "Karim Nasser Tabrizi")
    #expect(analysis.speakers.first?.description == "Norwegian Foreign Minister")
  }

  @Test func pronounResolvesToTheNearestPersonNamedBefore() {
    let text = """
      Councillor Priya Raman led the campaign to save the ferry.
      “This boat is how nurses get home,” she said.

      """
    let analysis = analyze(text)
    #expect(analysis.quotes.first?.speaker == "Priya Raman")
    #expect(analysis.quotes.first?.mention?.text == "she")
  }

  @Test func pronounSkipsAPersonOfTheOtherGender() {
    let text = """
      Mr. Tomas Lindqvist met Ms. Dara Okafor at the pier.
      “I take this boat four nights a week,” she said.

      """
    #expect(analyze(text).quotes.first?.speaker == "Dara Okafor")
  }

  @Test func pronounWhosePersonIsNamedOnlyLaterInTheParagraphResolvesForward() {
    let text = """
      In September, the council warned the operator against cutting the service.
      “Any cut to the night crossing is unacceptable to us,” he wrote at the time. Committee chair Geoffrey Hale sent the letter.

      """
    #expect(analyze(text).quotes.first?.speaker == "Geoffrey Hale")
  }

  @Test func aHeadingEndsThePronounsContext() {
    let text = """
      “The ferry stays,” said Mayor Tomas Lindqvist.
      The cost
      Not everyone is convinced by the plan.
      “We have found the money this year,” he wrote. Finance chair Geoffrey Hale signed the letter.

      """
    #expect(analyze(text).speaker(of: "found the money") == "Geoffrey Hale")
  }

  /// Two men: without the heading, "he" would be the one named just before it.
  @Test func aHeadingRightBeforeTheQuoteSendsThePronounForward() {
    let text = """
      “The ferry stays,” said Mayor Tomas Lindqvist.
      The cost
      “We have found the money this year,” he wrote. Finance chair Geoffrey Hale signed the letter.

      """
    #expect(analyze(text).speaker(of: "found the money") == "Geoffrey Hale")
  }

  /// The person named before the heading is within two paragraphs of the pronoun: only
  /// the heading keeps the pronoun from reaching back to her.
  @Test func aPronounRightAfterAHeadingDoesNotReachBackAcrossIt() {
    let text = """
      “The ferry stays,” said Councillor Priya Raman after the vote.
      Paying for it
      “We have found the money this year,” she wrote. Treasurer Maria Costa signed the letter.

      """
    let analysis = analyze(text)
    #expect(analysis.speaker(of: "ferry stays") == "Priya Raman")
    #expect(analysis.speaker(of: "found the money") != "Priya Raman")
    #expect(analysis.speaker(of: "found the money") == "Maria Costa")
  }

  @Test func withoutTheHeadingThePronounIsThePersonNamedJustBefore() {
    let text = """
      “The ferry stays,” said Councillor Priya Raman after the vote.
      “We have found the money this year,” she wrote. Treasurer Maria Costa signed the letter.

      """
    let speaker = analyze(text).speaker(of: "found the money")
    #expect(speaker == "Priya Raman")
  }

  @Test func organisationsStayThemselves() {
    let analysis = analyze("“The talks were useful,” the Kremlin said on Monday.\n")
    #expect(analysis.quotes.first?.speaker == "the Kremlin")
    #expect(analysis.quotes.first?.speakerType == .org)
  }

  @Test func nominalSpeakerLinksToTheOrganisationNamedBefore() {
    let text = """
      The ferry operator, Estuary Lines, had argued that the late crossings lose money.
      The company said in a statement that it would “honour the council’s decision for as long as the subsidy lasts.”

      """
    let analysis = analyze(text)
    #expect(analysis.quotes.first?.speaker == "Estuary Lines")
    #expect(analysis.quotes.first?.speakerType == .org)
  }

  @Test func nominalSpeakerWithAnAppositiveNameIsThatPerson() {
    let analysis = analyze(
      "“We cannot promise next year,” the committee chair, Geoffrey Hale, said.\n")
    #expect(analysis.quotes.first?.speaker == "Geoffrey Hale")
    #expect(analysis.speakers.first?.description == "the committee chair")
  }

  @Test func nominalSpeakersWithoutANameStayAsWritten() {
    let analysis = analyze("“The boat was full every night,” a spokesman for the union said.\n")
    #expect(analysis.quotes.first?.speaker == "a spokesman for the union")
    #expect(analysis.quotes.first?.speakerType == nil)
    #expect(analysis.quotes.first?.mention?.text == "a spokesman for the union")
  }

  @Test func descriptionFromAnAppositiveBeforeTheVerb() {
    let analysis = analyze(
      "Omar Haddad, a researcher at a security institute, said: “The discounts are too large to beat.”\n"
    )
    #expect(analysis.speakers.first?.name == "Omar Haddad")
    #expect(analysis.speakers.first?.description == "a researcher at a security institute")
  }

  @Test func speakersCountQuotesAndQuotedWordsMostQuotedFirst() {
    let text = """
      “One two three four,” said Anna Berg.
      “Five six seven,” said Tom Reed.
      “Eight nine,” Berg added.

      """
    let analysis = analyze(text)
    #expect(analysis.speakers.map(\.name) == ["Anna Berg", "Tom Reed"])
    #expect(analysis.speakers.map(\.quotes) == [2, 1])
    #expect(analysis.speakers.map(\.words) == [6, 3])
  }

  @Test func quotesWithNoSpeakerInTheArticleHaveNone() {
    let analysis = analyze(
      "Nobody owned up to the sign that read “the last boat leaves at midnight, be on it.”\n")
    #expect(analysis.quotes.count == 1)
    #expect(analysis.quotes.first?.speaker == nil)
    #expect(analysis.speakers.isEmpty)
  }
}
