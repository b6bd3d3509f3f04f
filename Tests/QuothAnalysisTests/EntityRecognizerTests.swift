import Testing

@testable import QuothAnalysis

/// The recogniser on short texts written for these tests, one naming pattern each.
@Suite struct EntityRecognizerTests {
  let recognizer = EntityRecognizer.shared

  func entities(_ text: String) -> [Entity] {
    recognizer.entities(in: PlainTextIngest.article(from: text, source: "test"))
  }

  func find(_ text: String, _ type: EntityType, in entities: [Entity]) -> Entity? {
    entities.first { $0.text == text && $0.type == type }
  }

  @Test func modelIsBundled() {
    #expect(recognizer.modelProblem == nil)
  }

  @Test func titlesStayOutOfNames() {
    let found = entities(
      "President Vladimir Putin welcomed the delegation on a cold afternoon. Rep. Gwen Moore (D-Wis.) said the vote would wait. Mr. Trump did not comment."
    )
    #expect(find("Vladimir Putin", .person, in: found) != nil)
    #expect(find("Gwen Moore", .person, in: found) != nil)
    #expect(find("Trump", .person, in: found) != nil)
    #expect(
      !found.contains {
        $0.text.hasPrefix("President") || $0.text.hasPrefix("Rep.") || $0.text.hasPrefix("Mr.")
      })
    #expect(find("Wis.", .place, in: found) != nil)  // a party label's state
  }

  @Test func possessivesAreNotPartOfTheName() {
    let found = entities(
      "Officials praised Daniel Okonkwo’s speech, and Okonkwo’s aides smiled.")
    #expect(find("Daniel Okonkwo", .person, in: found) != nil)
    #expect(find("Okonkwo", .person, in: found)?.canonical == "Daniel Okonkwo")
  }

  @Test func particlesAndHyphensStayInNames() {
    let found = entities(
      "The envoy said Bashar al-Assad had lost control of the north. Ursula von der Leyen answered the next day in a speech to lawmakers."
    )
    #expect(find("Bashar al-Assad", .person, in: found) != nil)
    #expect(find("Ursula von der Leyen", .person, in: found) != nil)
  }

  @Test func initialsStayInNames() {
    let found = entities(
      "The bill was introduced by G.K. Butterfield, a Democrat, after a long debate.")
    #expect(find("G.K. Butterfield", .person, in: found) != nil)
    #expect(find("Democrat", .group, in: found) != nil)
  }

  @Test func theUSIsTheUnitedStates() {
    let found = entities(
      "The deal worries the United States. Officials in the U.S. said the talks would go on, and US diplomats agreed."
    )
    #expect(find("U.S.", .place, in: found)?.canonical == "United States")
    #expect(find("US", .place, in: found)?.canonical == "United States")
    #expect(find("United States", .place, in: found) != nil)
  }

  @Test func aCapitalAtTheStartOfASentenceIsNotANameByItself() {
    let found = entities(
      "Yesterday the committee met for four hours. Officials said little. Despite the rain, Nobody left early."
    )
    #expect(!found.contains { ["Yesterday", "Officials", "Despite", "Nobody"].contains($0.text) })
  }

  @Test func titleCaseHeadlines() {
    let found = entities(
      "Putin Welcomes Iranian President To Moscow As Talks Begin\nVladimir Putin met the Iranian president in Moscow on Friday."
    )
    #expect(find("Putin", .person, in: found)?.canonical == "Vladimir Putin")
    #expect(find("Moscow", .place, in: found) != nil)
    #expect(!found.contains { ["Welcomes", "Talks", "Begin", "As"].contains($0.text) })
  }

  @Test func textInCapitals() {
    let found = entities(
      "OBAMA MEETS WITH MERKEL IN BERLIN AS TRADE TALKS STALL\nBarack Obama met Angela Merkel in Berlin on Tuesday."
    )
    #expect(found.contains { $0.text == "BERLIN" && $0.type == .place })
    #expect(!found.contains { ["MEETS", "TRADE", "TALKS", "STALL"].contains($0.text) })
  }

  @Test func clustersLinkToTheFullestForm() {
    let found = entities(
      """
      Donald Trump spoke in Ohio on Monday. Lena Marsh, who teaches at a university, watched the speech.
      Mr. Trump repeated his promise. Marsh said the promise was not new. Later, Trump left for Texas.
      """)
    for mention in found where mention.text == "Trump" {
      #expect(mention.canonical == "Donald Trump")
    }
    #expect(find("Marsh", .person, in: found)?.canonical == "Lena Marsh")
    #expect(find("Monday", .date, in: found) != nil)
  }

  @Test func aSurnameSharedByTwoPeopleLinksToTheOneNamedLast() {
    let found = entities(
      """
      Hillary Clinton spoke in Ohio on Monday. Clinton said the plan would pass.
      Later, Bill Clinton spoke in Iowa. Clinton said the same.
      """)
    let clintons = found.filter { $0.text == "Clinton" }.map(\.canonical)
    #expect(clintons == ["Hillary Clinton", "Bill Clinton"])
  }

  @Test func aNameBeforeAReportingVerbAtTheStartOfASentenceIsAPerson() {
    let found = entities(
      "Talks resumed on Monday. Quaxley said the offer was final. Officials said little.")
    #expect(find("Quaxley", .person, in: found) != nil)
    #expect(!found.contains { $0.text == "Officials" })
  }

  @Test func pluralNounsForPeopleBeforeAReportingVerbAreNoNames() {
    let found = entities(
      "The march ended at noon. Demonstrators said they would return. Quaxley said so too.")
    #expect(!found.contains { $0.text == "Demonstrators" })
    #expect(find("Quaxley", .person, in: found) != nil)
  }

  @Test func aNameEndingInBayOrIslandIsAPlace() {
    let found = entities(
      "Mark Landler reported from Kaneohe Bay, where the sailors recalled a trip to Easter Island.")
    #expect(find("Kaneohe Bay", .place, in: found) != nil)
    #expect(find("Easter Island", .place, in: found) != nil)
    #expect(find("Mark Landler", .person, in: found) != nil)
  }

  @Test func aFoundNameIsFoundAgainAtTheStartOfASentence() {
    let found = entities("Donald Trump arrived late. Trump said the deal was dead.")
    #expect(found.filter { $0.text == "Trump" }.map(\.canonical) == ["Donald Trump"])
  }

  @Test func acronymsLinkToTheNameTheyAbbreviate() {
    let found = entities(
      "The Federal Bureau of Investigation opened a case. A spokesman for the FBI said the case was closed."
    )
    #expect(find("FBI", .org, in: found)?.canonical == "Federal Bureau of Investigation")
  }

  @Test func anAcronymOfAFoundNameIsFoundToo() {
    let found = entities(
      "The International Monetary Fund cut its forecast. An IMF economist said growth would slow.")
    #expect(find("IMF", .org, in: found)?.canonical == "International Monetary Fund")
  }

  @Test func namesWithParticlesAreOneMention() {
    let found = entities("Officials said Mohammed bin Salman would attend the summit in Riyadh.")
    #expect(find("Mohammed bin Salman", .person, in: found) != nil)
    #expect(!found.contains { $0.text == "Mohammed" || $0.text == "Salman" })
  }

  @Test func possessiveOrganisationNames() {
    let found = entities("She has worked at St. Agnes’s Hospital in the old town for ten years.")
    #expect(find("St. Agnes’s Hospital", .org, in: found) != nil)
  }

  @Test func namesEndingInAnOrganisationHeadAreOrganisations() {
    let found = entities("The ferry operator, Greyrock Lines, said the crossing would close.")
    #expect(find("Greyrock Lines", .org, in: found) != nil)
  }

  @Test func generationalSuffixesStayInNames() {
    let found = entities("In Amman, the envoy met King Abdullah II before flying home.")
    #expect(find("Abdullah II", .person, in: found) != nil)
  }

  @Test func organisationsNamedXOfYAndZ() {
    let found = entities(
      "He led the National Institute of Allergy and Infectious Diseases for decades. The NIAID said so."
    )
    #expect(find("National Institute of Allergy and Infectious Diseases", .org, in: found) != nil)
    #expect(
      find("NIAID", .org, in: found)?.canonical
        == "National Institute of Allergy and Infectious Diseases")
  }

  @Test func aPlaceWrittenInCapitalsReadsAsAName() {
    let found = entities("PARIS — The minister resigned on Monday after a week of protests.")
    #expect(find("PARIS", .place, in: found)?.canonical == "Paris")
  }

  @Test func groupsAndNationalities() {
    let found = entities(
      "Iranian officials met Russian diplomats. Democrats and Republicans argued, and many Americans watched. Western sanctions continued."
    )
    for word in ["Iranian", "Russian", "Democrats", "Republicans", "Americans", "Western"] {
      #expect(find(word, .group, in: found) != nil, "\(word)")
    }
  }

  @Test func aGroupWordBeforeAnOrganisationHeadIsAnOrganisation() {
    let found = entities("Poll: Wealthy Voters Abandon Republican Party for Rival")
    #expect(find("Republican Party", .org, in: found) != nil)
  }

  @Test func dates() {
    let found = entities(
      "The visit on January 17 followed talks in early January. The war began in February 2022, and he has ruled since 2000. They met again in October and in mid-March. May the best team win."
    )
    for date in ["January 17", "early January", "February 2022", "2000", "October", "mid-March"] {
      #expect(find(date, .date, in: found) != nil, "\(date)")
    }
    #expect(!found.contains { $0.text == "May" })
  }

  @Test func aYearAfterAYearIsADate() {
    let found = entities("Cases doubled between 2019 and 2023, while 1,500 doctors left.")
    #expect(found.filter { $0.type == .date }.map(\.text) == ["2019", "2023"])
  }

  @Test func seatsOfGovernmentSpeakForTheGovernment() {
    let found = entities(
      "The Kremlin said the talks went well. The leaders met in the Kremlin on Friday.")
    let kremlin = found.filter { $0.text == "Kremlin" }
    #expect(kremlin.map(\.type) == [.org, .place])
  }

  @Test func aSeatOfGovernmentIsThePlaceOnlyAfterALocativePreposition() {
    let found = entities(
      """
      The senator ran for the White House in 2008. White House spokesman Josh Earnest spoke first. \
      The White House announced the plan. Moscow sent a signal to the White House. The Kremlin misled the envoys.
      """)
    let seats = found.filter { ["White House", "Kremlin"].contains($0.text) }
    #expect(seats.map(\.type) == [.place, .org, .org, .org, .org])
  }

  @Test func boilerplateIsNotRead() {
    let article = Article(
      source: "t", format: .text, text: "Angela Merkel spoke.\nSubscribe to Acme News Weekly",
      paragraphs: [
        Paragraph(start: 0, end: 20, kind: .body),
        Paragraph(start: 21, end: 51, kind: .boilerplate),
      ], body: TextRange(0, 20))
    let found = recognizer.entities(in: article)
    #expect(found.contains { $0.text == "Angela Merkel" })
    #expect(!found.contains { $0.start >= 21 })
  }

  @Test func offsetsCountUnicodeScalars() {
    let text = "Café owners 👋🏽 greeted Angela Merkel warmly."
    let found = entities(text)
    let merkel = find("Angela Merkel", .person, in: found)
    #expect(merkel != nil)
    let scalars = Array(text.unicodeScalars)
    if let merkel {
      #expect(
        String(String.UnicodeScalarView(scalars[merkel.start..<merkel.end])) == "Angela Merkel")
    }
  }
}

@Suite struct EntityTitleSplittingTests {
  func entities(_ text: String) -> [Entity] {
    EntityRecognizer.shared.entities(in: PlainTextIngest.article(from: text, source: "test"))
  }

  @Test func aTitleInsideAMentionSplitsIt() {
    let found = entities(
      "The council voted late on Tuesday. Springfield Mayor Jennifer Holloway said the vote was fair."
    )
    #expect(found.contains { $0.text == "Jennifer Holloway" && $0.type == .person })
    #expect(!found.contains { $0.text.contains("Mayor") })
  }

  @Test func aGivenNameAfterATitleStaysInTheName() {
    let found = entities("“The bridge stays,” said Councillor Priya Raman after the vote.")
    #expect(found.contains { $0.text == "Priya Raman" && $0.type == .person })
    #expect(!found.contains { $0.text == "Raman" })
  }

  @Test func aFullNameOpeningASentenceIsFoundWhole() {
    let found = entities(
      "Chen Wei, the trade minister, arrived in Leeds on Monday. “We want a fair deal,” Chen said."
    )
    #expect(found.contains { $0.text == "Chen Wei" && $0.type == .person })
    #expect(found.first { $0.text == "Chen" }?.canonical == "Chen Wei")
  }

  @Test func titlesWithACommonWordOrAnOrganisationHeadStay() {
    let found = entities(
      "The Supreme Court heard the case. General Motors and the Justice Department settled it.")
    #expect(found.contains { $0.text == "Supreme Court" && $0.type == .org })
    #expect(found.contains { $0.text == "Justice Department" && $0.type == .org })
    #expect(!found.contains { $0.text == "Motors" || $0.text == "Court" })
  }
}
