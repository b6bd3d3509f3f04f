import Testing

@testable import QuothAnalysis

/// The frames in which news names who spoke.
@Suite struct AttributionFrameTests {
  @Test func quoteThenNameThenVerb() {
    let analysis = analyze("“We need a bigger boat,” Marsh says.\n")
    #expect(analysis.quotes.first?.speaker == "Marsh")
    #expect(analysis.quotes.first?.mention?.text == "Marsh")
    #expect(analysis.quotes.first?.cue?.text == "says")
  }

  @Test func quoteThenVerbThenNameWithAppositive() {
    let analysis = analyze(
      "“Sanctions changed everything,” says Lena Marsh, a visiting scholar at a university in the capital.\n"
    )
    #expect(analysis.quotes.first?.speaker == "Lena Marsh")
    #expect(
      analysis.speakers.first?.description == "a visiting scholar at a university in the capital")
  }

  @Test func nameVerbColonQuote() {
    let analysis = analyze("Haddad said: “The discounts are too large to beat.”\n")
    #expect(analysis.quotes.first?.speaker == "Haddad")
  }

  @Test func nameVerbQuoteWithoutColon() {
    let analysis = analyze(
      "Councillor Priya Raman said “the ferry is a lifeline for night workers” at the meeting.\n")
    #expect(analysis.quotes.first?.speaker == "Priya Raman")
  }

  @Test func addresseeOfToldIsNeverTheSpeaker() {
    let analysis = analyze("Okafor told the council: “Without the ferry I would lose my job.”\n")
    #expect(analysis.quotes.first?.speaker == "Okafor")
    let other = analyze(
      "Dara Okafor told Mayor Tomas Lindqvist that the ferry was “the only way home for most of us.”\n"
    )
    #expect(other.quotes.first?.speaker == "Dara Okafor")
  }

  @Test(arguments: [
    "wrote", "tweeted", "added", "said in a statement", "said in an interview", "explained",
    "insisted",
    "warned", "acknowledged", "conceded", "pointed out", "shot back", "argued", "noted",
  ])
  func reportingVerbsAfterTheQuote(verb: String) {
    let analysis = analyze("“The numbers do not add up this year,” Hale \(verb).\n")
    #expect(analysis.quotes.first?.speaker == "Hale", "verb: \(verb)")
    #expect(analysis.quotes.first?.cue?.text.hasPrefix(verb.split(separator: " ")[0]) == true)
  }

  @Test func accordingTo() {
    let analysis = analyze("The plan is “dead on arrival,” according to Senator Maria Lopez.\n")
    #expect(analysis.quotes.first?.speaker == "Maria Lopez")
    #expect(analysis.quotes.first?.cue?.text == "according to")
  }

  @Test func colonAsTheOnlyCue() {
    let analysis = analyze("Lindqvist: “I went out at midnight expecting an empty deck.”\n")
    #expect(analysis.quotes.first?.speaker == "Lindqvist")
    #expect(analysis.quotes.first?.cue == nil)
  }

  @Test func dashAsTheOnlyCue() {
    let analysis = analyze("“The ferry is the only way I can keep this job.” ― Dara Okafor\n")
    #expect(analysis.quotes.first?.speaker == "Dara Okafor")
  }

  @Test func speakerNamedInALaterSentenceOfTheParagraph() {
    let analysis = analyze(
      "“The port needs new cranes. The budget cannot spare them.” Marsh says.\n")
    #expect(analysis.quotes.first?.speaker == "Marsh")
  }

  @Test func quoteOnlyParagraphContinuesThePreviousSpeaker() {
    let text = """
      “The discounts are enormous,” says Omar Haddad, a researcher.
      “Some of these reductions are so large that it is very difficult to beat them.”

      """
    let analysis = analyze(text)
    #expect(analysis.quotes.map(\.speaker) == ["Omar Haddad", "Omar Haddad"])
    #expect(analysis.speakers.first?.quotes == 2)
  }

  @Test func asSpeakerPutIt() {
    let analysis = analyze("As Hale put it, “a decent decision made without a plan.”\n")
    #expect(analysis.quotes.first?.speaker == "Hale")
  }

  @Test func transcriptLinesWithoutMarksAreNotQuotesButQuotedOnesAreTheLabels() {
    // PolNeAR train's gold has no quote in a bare transcript line; a transcript quoted
    // in marks is a quote of its label.
    let text = """
      Chris Wallace questioned the governor on Sunday.
      WALLACE: Do you really see those two things as equivalent, Governor?
      Q: Why did you change your mind about the ferry?
      A: Because I rode it myself at midnight and it was full.
      "WALLACE: Would you ride it again at midnight in the middle of winter?"

      """
    let analysis = analyze(text)
    #expect(analysis.quote(containing: "equivalent") == nil)
    #expect(analysis.quote(containing: "change your mind") == nil)
    #expect(analysis.quote(containing: "rode it myself") == nil)
    #expect(analysis.speaker(of: "ride it again") == "Chris Wallace")
  }

  @Test func publicationOrOrganisationAsTheSource() {
    let analysis = analyze(
      "The New York Post reported that the mayor had “no plan whatsoever for the winter months.”\n")
    #expect(analysis.quotes.first?.speaker == "the New York Post")
    #expect(analysis.quotes.first?.speakerType == .org)
    let kremlin = analyze(
      "The leaders discussed “a timetable for the new ferry terminal”, the Kremlin said on Monday.\n"
    )
    #expect(kremlin.quotes.first?.speaker == "the Kremlin")
  }

  @Test func reportingNounAfterAPossessiveIsNotTheCue() {
    let told = analyze(
      "Mayor Ines Duarte told reporters that Castillo’s remarks “were an insult to every nurse in the city.”\n"
    )
    #expect(told.quotes.first?.speaker == "Ines Duarte")
    #expect(told.quotes.first?.cue?.text == "told")
    let participle = analyze(
      "Duarte brushed off Castillo's comments, telling reporters, “Nobody on my staff has asked for an apology.”\n"
    )
    #expect(participle.quotes.first?.speaker == "Duarte")
    #expect(participle.quotes.first?.cue?.text == "telling")
    // "Roe's said" is "Roe has said": a past form after a possessive stays a verb.
    let contracted = analyze("Castillo's said “the nurses will get their raise by the spring.”\n")
    #expect(contracted.quotes.first?.cue?.text == "said")
  }

  @Test func theReporterOfAReportIsTheSource() {
    let believes = analyze(
      "Duarte says she believes the ferry has “the support of every neighbourhood on the coast.”\n")
    #expect(believes.quotes.first?.mention?.text == "Duarte")
    #expect(believes.quotes.first?.cue?.text == "says")
    let asked = analyze(
      "Councillor Priya Raman said that Okafor asked the board “to keep the night service running.”\n"
    )
    #expect(asked.quotes.first?.speaker == "Priya Raman")
    // A verb that is not a reporting one leaves the nearer speaker.
    let reads = analyze("Raman thinks Okafor argued “the night service pays for itself.”\n")
    #expect(reads.quotes.first?.speaker == "Okafor")
  }

  @Test func aVerbThatOpensTheNextQuoteIsNotTheQuoteBeforesAttribution() {
    let analysis = analyze(
      "“We came here to work,” Raman said. “We are not leaving.” Okafor said: “The ferry is our only way home.”\n"
    )
    #expect(analysis.speaker(of: "not leaving") == "Raman")
    #expect(analysis.speaker(of: "only way home") == "Okafor")
    // A verb that ends its sentence still speaks for the quote before it.
    let after = analyze("“We are not leaving.” Okafor said. “Nobody asked us.”\n")
    #expect(after.speaker(of: "not leaving") == "Okafor")
  }

  @Test func reportingLexiconHasOverAHundredVerbsWithInflections() {
    let verbs = [
      "say", "tell", "add", "note", "explain", "write", "tweet", "argue", "insist", "warn", "claim",
      "acknowledge", "concede",
    ]
    for verb in verbs {
      #expect(Lexicon.reportingVerbs.contains(verb), "\(verb)")
    }
    for form in [
      "says", "said", "saying", "told", "wrote", "written", "tweeted", "argues", "conceded",
      "quipped",
    ] {
      #expect(Lexicon.reportingVerbs.contains(form), "\(form)")
    }
    let lemmas = Set(
      Lexicon.reportingVerbs.filter {
        !$0.hasSuffix("s") && !$0.hasSuffix("ed") && !$0.hasSuffix("ing")
      })
    #expect(lemmas.count >= 100)
  }
}
