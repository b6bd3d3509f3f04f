import Testing

@testable import QuothAnalysis

/// Organisations told by their context and the gazetteer, and text in capitals, on
/// sentences written for these tests.
@Suite struct EntityContextTests {
  func entities(_ text: String) -> [Entity] {
    EntityRecognizer.shared.entities(in: PlainTextIngest.article(from: text, source: "test"))
  }

  func types(of name: String, in found: [Entity]) -> [EntityType] {
    found.filter { $0.text == name }.map(\.type)
  }

  // MARK: Organisations

  @Test func aCompanyNamedByWhatItOwnsIsAnOrganisationEverywhereInTheArticle() {
    let found = entities(
      "Norvale's CEO said the merger would close in spring. Analysts expect Norvale to grow again next year."
    )
    #expect(types(of: "Norvale", in: found) == [.org, .org])
  }

  @Test func teamsNamedByANicknameWithAWinOrASigning() {
    let found = entities(
      "The Wild beat the Kings 3-2 on Saturday night, and the forward later signed with the Jets.")
    #expect(types(of: "Wild", in: found) == [.org])
    #expect(types(of: "Kings", in: found) == [.org])
    #expect(types(of: "Jets", in: found) == [.org])
  }

  @Test func citiesEitherSideOfAScoreAreTeams() {
    let found = entities("Results on Saturday:\n\nCarlisle 2 Walsall 0\n\nThe crowd was small.")
    #expect(types(of: "Carlisle", in: found) == [.org])
    #expect(types(of: "Walsall", in: found) == [.org])
  }

  @Test func agenciesWithAPrepositionInTheirNameAreOneOrganisation() {
    let found = entities(
      "A researcher at the National Institute on Drug Abuse said the study would continue. The Office for Rail Safety agreed."
    )
    #expect(types(of: "National Institute on Drug Abuse", in: found) == [.org])
    #expect(types(of: "Office for Rail Safety", in: found) == [.org])
    #expect(!found.contains { $0.text == "Drug Abuse" })
  }

  @Test func aNameAfterAnAgencyHeadAndAPrepositionIsTheEndOfTheAgencysName() {
    let found = entities(
      "Economists at the Center for Coastal Policy disagreed. The Alliance for Quiet Streets said little."
    )
    #expect(types(of: "Center for Coastal Policy", in: found) == [.org])
    #expect(types(of: "Alliance for Quiet Streets", in: found) == [.org])
  }

  /// Runs `body` on the rules over `text` read as one paragraph.
  func withRules<T>(_ text: String, _ body: (EntityRules) -> T) -> T {
    let scalars = Array(text.unicodeScalars)
    return scalars.withUnsafeBufferPointer { buffer in
      let document = EntityDocument(
        scalars: buffer, paragraphs: [TextRange(0, scalars.count)],
        gazetteer: EntityRecognizer.shared.model!.gazetteer)
      return body(EntityRules(document: document, scalars: buffer))
    }
  }

  @Test func twoCompaniesATaggerRanTogetherAreCutApart() {
    // firms(0) including(1) Norvale(2) Inc(3) and(4) Brightwater(5) Corp(6) ’s(7) Lumen(8) said(9)
    let pieces = withRules("firms including Norvale Inc and Brightwater Corp’s Lumen said") {
      $0.splittingCompanies([Mention(first: 2, end: 9, type: .org)])
    }
    #expect(pieces.map { [$0.first, $0.end] } == [[2, 4], [5, 7], [8, 9]])
    let kept = withRules("students of St. Mary’s College and Ellis Corp said") {
      $0.splittingCompanies([Mention(first: 2, end: 6, type: .org)])
    }
    #expect(kept.map { [$0.first, $0.end] } == [[2, 6]])
  }

  @Test func namesJoinedByASlashAreCutApart() {
    // on(0) Telemundo(1) /(2) Univision(3) and(4)
    let pieces = withRules("on Telemundo/Univision and") {
      $0.splittingAtShortLines([Mention(first: 1, end: 4, type: .org)])
    }
    #expect(pieces.map { [$0.first, $0.end] } == [[1, 2], [3, 4]])
  }

  @Test func aNameWithAParticleIsAPersonUnlessItNamesAPlace() {
    #expect(
      withRules("killed Hamid bin Rashid there") {
        $0.isNameWithParticles(Mention(first: 1, end: 4, type: .org))
      })
    #expect(
      !withRules("the Banco de Chile said") {
        $0.isNameWithParticles(Mention(first: 1, end: 4, type: .org))
      })
  }

  @Test func anOrganisationOfTheGazetteerInCapitalsIsOne() {
    let found = entities("Senators of the GOP met on Tuesday to discuss the budget.")
    #expect(types(of: "GOP", in: found) == [.org])
  }

  @Test func aPlaceAfterAPrepositionOfPlaceIsThePlace() {
    let found = entities(
      "Before the rally in Dayton, the senator met farmers. She flew from Dayton to Toledo.")
    #expect(types(of: "Dayton", in: found) == [.place, .place])
  }

  @Test func aNameTheTaggerFoundInLowerCaseKeepsItsWords() {
    let found = entities("we spent two weeks by the sea and then flew to california for a wedding.")
    #expect(found.contains { $0.text == "california" && $0.type == .place })
  }

  @Test func publicationsAndServicesOfTheGazetteerAreOrganisations() {
    let found = entities(
      "The mayor told the Associated Press on Monday that she had posted the letter on Twitter.")
    #expect(types(of: "Associated Press", in: found) == [.org])
    #expect(types(of: "Twitter", in: found) == [.org])
  }

  @Test func aSeatOfGovernmentQualifyingANounIsTheGovernment() {
    let found = entities(
      "White House press secretary Dana Reyes said the talks would go on. Reporters waited at the White House."
    )
    #expect(types(of: "White House", in: found) == [.org, .place])
    #expect(types(of: "Dana Reyes", in: found) == [.person])
  }

  @Test func worksLawsAndWarsAreNoEntities() {
    let found = entities(
      "Lawmakers backed the Clean Water Act in June, and both had served in the Iraq War.")
    #expect(!found.contains { ["Clean Water Act", "Clean Water", "Iraq"].contains($0.text) })
  }

  @Test func aTitleAfterACourtBelongsToThePersonAfterIt() {
    let found = entities(
      "Ruling for the city, Brookfield Superior Court Judge Hal Okafor rejected the appeal.")
    #expect(types(of: "Brookfield Superior Court", in: found) == [.org])
    #expect(types(of: "Hal Okafor", in: found) == [.person])
  }

  @Test func aNameWithAParticleAfterATitle() {
    let found = entities("The fire was contained by noon, Mayor Lucia de Vries said.")
    #expect(types(of: "Lucia de Vries", in: found) == [.person])
    #expect(!found.contains { $0.text.hasPrefix("Mayor") })
  }

  @Test func aSurnameThatIsACommonWordIsThePersonAtTheStartOfASentence() {
    let found = entities("Senator Tom Cotton spoke on Monday. Cotton urged a vote on the measure.")
    #expect(found.filter { $0.text == "Cotton" }.map(\.canonical) == ["Tom Cotton"])
  }

  @Test func aNameDoesNotRunOnPastTheEndOfAShortLine() {
    let found = entities(
      """
      The board met on Monday and agreed the budget, said its new chair, Marta
      Quill, after a long debate about the cost of the depot and the buses.

      Copies of the minutes went to:
      Devon Ashby
      Priya Lalwani
      Owen Thackeray

      The next meeting is in May, when the board will look again at the fares and
      the timetable for the winter months, as the drivers asked last year.
      """)
    let people = found.filter { $0.type == .person }.map(\.text)
    #expect(people == ["Marta\nQuill", "Devon Ashby", "Priya Lalwani", "Owen Thackeray"])
  }

  // MARK: Text in capitals

  @Test func theStateOfAPartyLabelIsAPlace() {
    let found = entities(
      "The bill passed on Thursday. Rep. Jim Carver (R-Utah) and Rep. Ann Bell (D-N.C.) voted for it."
    )
    #expect(types(of: "Utah", in: found) == [.place])
    #expect(types(of: "N.C.", in: found) == [.place])
    #expect(types(of: "Jim Carver", in: found) == [.person])
  }

  @Test func theDatelinesPlaceIsAPlace() {
    let found = entities(
      """
      Budget Talks Resume

      TALLINN 2024-03-05 Estonia's parliament met on Tuesday to debate the budget.

      BRNO, March 3 (Wirenews) - The city council met on Friday.
      """)
    #expect(types(of: "TALLINN", in: found) == [.place])
    #expect(types(of: "BRNO", in: found) == [.place])
  }

  @Test func aShoutedHeadlineWordIsNoEntity() {
    let found = entities(
      "BREAKING: FLOODS CLOSE ROADS IN OSLO\n\nHeavy rain closed roads in Oslo on Sunday, officials said."
    )
    #expect(!found.contains { ["BREAKING", "FLOODS", "ROADS"].contains($0.text) })
    #expect(types(of: "OSLO", in: found) == [.place])
  }
}
