import Foundation
import Testing

@testable import QuothAnalysis

/// The kinds of wrong speaker issue #10 lists, each on sentences written for the test.
@Suite struct TrustedSpeakerTests {
  // MARK: Pronouns

  @Test func aNameInsideAnotherQuoteIsNoAntecedent() {
    let text = """
      Mayor Jo Bell opened the new library on Friday.

      She was joined by a councillor who called it “the gift Tom Reyes promised every child.”

      “We waited twelve years for this room full of books,” she said.
      """
    #expect(analyze(text).speaker(of: "twelve years") == "Jo Bell")
  }

  @Test func theFirstNameTellsTheGender() {
    let text = """
      Daniel Okafor and Anna Kowalski run the bakery on Elm Street together.

      “People still want real bread in the morning,” she said.
      """
    #expect(analyze(text).speaker(of: "real bread") == "Anna Kowalski")
  }

  @Test func thePreviousQuotesSpeakerGoesOn() {
    let text = """
      Senator Ruth Adler spoke after Governor Lee Park at the rally on Saturday.

      “I will fix the levees before the spring floods come,” Adler said.

      Park left before the end of her speech.

      “We are not afraid of hard work in this valley,” she added.
      """
    #expect(analyze(text).speaker(of: "hard work") == "Ruth Adler")
  }

  @Test func itMayStandForAnOrganisation() {
    let text = """
      The Harbour Ferry Company raised its winter fares on Monday.

      “Fuel now costs twice what it did last year,” it said in a statement.
      """
    let quote = analyze(text).quote(containing: "Fuel now")
    #expect(quote?.speaker == "Harbour Ferry Company")
    #expect(quote?.speakerKind == .organisation)
  }

  // MARK: Junk speakers

  @Test func aClauseIsNeverASpeaker() {
    let text = """
      A series of late-night posts followed the debate, calling the moderator “a disgrace to the profession.”

      Jones aimed his criticism at Smith. “The tax plan will sink the city budget,” Jones said.
      """
    let analysis = analyze(text)
    for quote in analysis.quotes {
      if let speaker = quote.speaker { #expect(speaker.split(separator: " ").count <= 4) }
    }
    #expect(analysis.speaker(of: "disgrace") == nil)
    #expect(analysis.speaker(of: "tax plan") == "Jones")
  }

  @Test func aSentencesFirstWordIsNoName() {
    let text = """
      Once the vote was counted, the hall went quiet.

      Once, “nobody in this town believed the bridge would ever be finished,” he recalled.
      """
    #expect(analyze(text).speaker(of: "bridge") != "Once")
  }

  // MARK: Titles and roles

  @Test func aLowerCaseRoleBeforeANameIsATitle() {
    let text = "“Prices are rising faster than wages for most families,” economist Jane Roe says.\n"
    let analysis = analyze(text)
    #expect(analysis.speaker(of: "Prices") == "Jane Roe")
  }

  @Test func anOrganisationsTitleBeforeANameGivesThePerson() {
    let text = "“The board has lost the trust of the shareholders,” said Acme chairman Jo Bell.\n"
    let quote = analyze(text).quote(containing: "shareholders")
    #expect(quote?.speaker == "Jo Bell")
    #expect(quote?.speakerKind == .person)
  }

  // MARK: Cue frames

  @Test func imploredIsACue() {
    let text =
      "Roe implored the council: “Please keep the pool open for the children this summer.”\n"
    #expect(analyze(text).speaker(of: "pool open") == "Roe")
  }

  @Test func aStatementSayingIsACue() {
    let text =
      "The Dockworkers Union issued a statement saying “the strike will go ahead on Monday morning.”\n"
    // Organisations keep the article's "the".
    #expect(analyze(text).speaker(of: "strike") == "the Dockworkers Union")
  }

  @Test func withXSayingIsACue() {
    let text =
      "The vote passed late on Tuesday, with Roe saying “this is a good day for every swimmer in town.”\n"
    #expect(analyze(text).speaker(of: "swimmer") == "Roe")
  }

  @Test func anAdverbMayStandBeforeTheVerb() {
    let text = "Roe boldly suggested “we should sell the old stadium to pay for the new pool.”\n"
    #expect(analyze(text).speaker(of: "stadium") == "Roe")
  }

  @Test func aRelativeClauseCue() {
    let text = "Roe, who joked, “I cannot swim a single length myself,” left the meeting early.\n"
    #expect(analyze(text).speaker(of: "single length") == "Roe")
  }

  @Test func aCaptionLineNamesTheQuoteBeforeIt() {
    let text = """
      “We will rebuild every house that the flood took from this valley.”

      That was the promise of Governor Maria Lopez on Tuesday night.
      """
    #expect(analyze(text).speaker(of: "rebuild") == "Maria Lopez")
  }

  // MARK: Nominals

  @Test func theNewspaperIsThePaperTheArticleNames() {
    let text = """
      The Harbour Gazette reported on the dispute last week.

      “The council has hidden the true cost of the bridge from voters,” the newspaper said.
      """
    let quote = analyze(text).quote(containing: "hidden")
    #expect(quote?.speaker == "Harbour Gazette")
    #expect(quote?.speakerKind == .organisation)
  }

  @Test func theReportSaidIsASpeaker() {
    let text = """
      The Harbour Gazette published its review of the bridge on Monday.

      “The figures speak for themselves, and they are alarming,” the report said.
      """
    #expect(analyze(text).speaker(of: "figures") == "Harbour Gazette")
  }

  @Test func theSenatorIsThePersonWithThatTitle() {
    let text = """
      Sen. Ruth Adler toured the flooded towns on Monday.

      “Nobody here should wait another winter for the levees,” the senator said.
      """
    #expect(analyze(text).speaker(of: "levees") == "Ruth Adler")
  }

  @Test func anUnnamedSpeakerIsKeptAsAShortNominal() {
    let text =
      "“The new rules will take effect in March for every shop,” a White House official said.\n"
    let quote = analyze(text).quote(containing: "new rules")
    #expect(quote?.speaker == "a White House official")
    #expect(quote?.speakerKind == .unnamed)
  }

  // MARK: One person, one speaker

  @Test func oneSpeakerHoweverTheArticleNamesThem() {
    let text = """
      Chen Wei, the trade minister, arrived in Leeds on Monday.

      “We want a fair deal for farmers on both sides,” Chen said.

      Prosecutors said “the evidence against the firm is overwhelming and clear.”

      “We will appeal every part of this ruling,” prosecutors said.
      """
    let analysis = analyze(text)
    #expect(analysis.speaker(of: "fair deal") == "Chen Wei")
    #expect(analysis.speaker(of: "evidence") == analysis.speaker(of: "appeal"))
    #expect(analysis.speaker(of: "appeal") == "prosecutors")
  }

  // MARK: Kind and confidence in the JSON

  @Test func theJSONGivesEachSpeakerAKindAndAConfidence() throws {
    let text = """
      “Some of these boats are older than my grandmother is.”

      The old ferries still cross the bay twice a day, in summer and in winter.

      Tom Reyes, Daniel Okafor and Peter Lund met the harbour board on Tuesday.

      Reyes has run the ferry company for a decade. Okafor leads the riders' group.

      “We cannot keep the night boat running at these prices,” he said.

      “The board promised a decision before the first snow,” said Ana Ruiz.

      “Nobody told the riders about the new timetable,” a harbour official said.
      """
    let json = AnalysisJSON.encode(analyze(text))
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["schema"] as? Int == 2)
    let quotes = try #require(object["quotes"] as? [[String: Any]])
    func quote(_ fragment: String) -> [String: Any]? {
      quotes.first { ($0["text"] as? String)?.contains(fragment) == true }
    }
    let named = try #require(quote("first snow"))
    #expect(named["speakerKind"] as? String == "person")
    let sure = try #require(named["speakerConfidence"] as? Double)
    let pronoun = try #require(quote("night boat"))
    let unsure = try #require(pronoun["speakerConfidence"] as? Double)
    // A name beside the quote is surer than a "he" with three men before it.
    #expect(sure >= 0.9 && sure <= 1)
    #expect(unsure < sure && unsure > 0)
    #expect(quote("timetable")?["speakerKind"] as? String == "unnamed")
    let unattributed = try #require(quote("grandmother"))
    #expect(unattributed["speaker"] is NSNull)
    #expect(unattributed["speakerKind"] is NSNull)
    #expect(unattributed["speakerConfidence"] is NSNull)
  }
}
