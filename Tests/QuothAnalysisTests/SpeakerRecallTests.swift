import Testing

@testable import QuothAnalysis

/// Quotes whose speaker the first round missed or mistook (issue #10, second round),
/// each on sentences written for the test.
@Suite struct SpeakerRecallTests {
  // MARK: No reporting verb

  @Test func theSentencesSubjectSpeaksWithoutAReportingVerb() {
    let text = """
      Mayor Jo Bell is praising the volunteers as “the people who kept this town dry all winter long.”
      """
    let quote = analyze(text).quote(containing: "kept this town")
    #expect(quote?.speaker == "Jo Bell")
  }

  @Test func theSubjectOfTheSentenceBeforeSpeaksAQuoteThatOpensItsOwn() {
    let text = """
      Tom Reyes argues that the ferry can pay for itself. “Every crossing is full from May \
      to September, and the winter boats carry the freight.”
      """
    #expect(analyze(text).speaker(of: "Every crossing") == "Tom Reyes")
  }

  @Test func aSubjectOnlySpeakerIsLessSureThanASaidOne() {
    let text = """
      Ana Ruiz is praising the crews as “the finest people this harbour has seen in fifty years.”

      “The harbour board will meet again on Friday to decide,” said Peter Lund.
      """
    let analysis = analyze(text)
    let subjectOnly = analysis.quote(containing: "finest people")?.speakerConfidence ?? 1
    let said = analysis.quote(containing: "meet again")?.speakerConfidence ?? 0
    #expect(subjectOnly < said)
  }

  @Test func aSubjectOnlyQuoteStillNeedsToLookLikeSpeech() {
    // A short title-like region is no quote, whoever the sentence's subject is.
    let text = "Tom Reyes read “Night Boats” to the class on Friday.\n"
    #expect(analyze(text).quotes.isEmpty)
  }

  // MARK: Frames after the quote

  @Test func saidThenALowerCaseRoleThenAName() {
    let text = "“The storm will reach the coast before midnight,” said forecaster Ana Ruiz.\n"
    let quote = analyze(text).quote(containing: "storm")
    #expect(quote?.speaker == "Ana Ruiz")
  }

  @Test func aNounBeforeSaidIsNoVerb() {
    let text = """
      “The tunnel will cost twice what the city was told in the spring,” the engineering \
      report said.
      """
    let quote = analyze(text).quote(containing: "tunnel")
    #expect(quote?.speaker == "the engineering report")
    #expect(quote?.speakerKind == .unnamed)
  }

  @Test func aShortPhraseWithAnArticleNamesItsSpeaker() {
    let text = """
      “I have sold boats on this quay since I was a boy,” the 71-year-old said.

      “Nobody has asked us what we think of the new timetable,” said a Harbour Democrat.

      “The show must go on, whatever the weather brings,” the host said.
      """
    let analysis = analyze(text)
    #expect(analysis.speaker(of: "sold boats") == "the 71-year-old")
    #expect(analysis.speaker(of: "timetable") == "a Harbour Democrat")
    #expect(analysis.speaker(of: "show must go on") == "the host")
  }

  @Test func aPlaceOrOccasionIsNoSpeaker() {
    let text =
      "Jo Bell spoke at a rally. “We will keep the library open every day,” the rally heard.\n"
    #expect(analyze(text).speaker(of: "library open") != "the rally")
  }

  @Test func theMarkLeftAfterADoubleApostropheClose() {
    let text = "''I would call it 'old-school,''' said Peter Lund, who ran the yard for years.\n"
    #expect(analyze(text).speaker(of: "old-school") == "Peter Lund")
  }

  @Test func aSentenceAdverbIsNoName() {
    let text = """
      Peter Lund ran the yard for thirty years.

      “The yard was never busier than in the old days,” he said. “Perhaps,” he added, \
      “the young ones will bring it back one day.”
      """
    for quote in analyze(text).quotes { #expect(quote.speaker != "Perhaps") }
  }

  // MARK: Pronouns

  @Test func thePronounAfterANameTellsItsGender() {
    // Neither first name is on the census list; the pronouns after them say who is who.
    let text = """
      Zorbek Tallin wrote to the council last week, and he asked for a vote. Idunna Marsh \
      replied to the letter on Monday, and she wrote that the vote would wait.

      Tallin spoke at length after the meeting.

      “We have waited long enough for an answer from the council,” she said.
      """
    #expect(analyze(text).speaker(of: "waited long enough") == "Idunna Marsh")
  }

  @Test func theyIsTheOrganisationThatSpokeBefore() {
    let text = """
      “The fares will rise in April,” the Harbour Ferry Company said on Monday.

      “We have no other way to pay for fuel this year,” they said.
      """
    let quote = analyze(text).quote(containing: "pay for fuel")
    #expect(quote?.speaker == "the Harbour Ferry Company")
    #expect(quote?.speakerKind == .organisation)
  }

  @Test func theyIsNoOneAfterAPerson() {
    let text = """
      “The fares will rise in April,” said Ana Ruiz, who runs the ferry.

      “We have no other way to pay for fuel this year,” they said.
      """
    #expect(analyze(text).speaker(of: "pay for fuel") == nil)
  }
}
