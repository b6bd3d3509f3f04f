import Testing

@testable import QuothAnalysis

/// Companies with their legal suffix, places named "X of Y", shops and brands as reviews
/// and e-mail write them, and regions of other countries, on sentences written for
/// these tests.
@Suite struct EntityWebTextTests {
  func entities(_ text: String) -> [Entity] {
    EntityRecognizer.shared.entities(in: PlainTextIngest.article(from: text, source: "test"))
  }

  func types(of name: String, in found: [Entity]) -> [EntityType] {
    found.filter { $0.text == name }.map(\.type)
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

  func spans(_ mentions: [Mention]) -> [[Int]] { mentions.map { [$0.first, $0.end] } }

  // MARK: Company suffixes

  @Test func aCompanysSuffixAfterACommaJoinsItsName() {
    // from(0) Halvorsen(1) Freight(2) ,(3) Inc.(4) arrived(5)
    let joined = withRules("from Halvorsen Freight, Inc. arrived") {
      $0.joiningCompanySuffixes([
        Mention(first: 1, end: 3, type: .person), Mention(first: 4, end: 5, type: .place),
      ])
    }
    #expect(spans(joined) == [[1, 5]])
    #expect(joined.map(\.type) == [.org])
  }

  @Test func aSuffixWithoutACommaMakesTheNameAnOrganisation() {
    // the(0) Tarrow(1) Corp.(2) board(3) and(4) Tarrow(5) ,(6) who(7)
    let joined = withRules("the Tarrow Corp. board and Tarrow, who") {
      $0.joiningCompanySuffixes([
        Mention(first: 1, end: 2, type: .person), Mention(first: 5, end: 6, type: .person),
      ])
    }
    #expect(spans(joined) == [[1, 3], [5, 6]])
    #expect(joined.map(\.type) == [.org, .person])
  }

  @Test func aCompanyWithItsSuffixIsFoundWhole() {
    let found = entities("Halvorsen Freight, Inc. hired forty drivers in March, its owner said.")
    #expect(types(of: "Halvorsen Freight, Inc.", in: found) == [.org])
  }

  // MARK: Places "X of Y"

  @Test func aSeaOrIsleBeforeOfIsOnePlaceWithTheNameAfter() {
    // ships(0) in(1) the(2) Gulf(3) of(4) Tarvos(5) sank(6)
    let joined = withRules("ships in the Gulf of Tarvos sank") {
      $0.joiningPlacesOf([
        Mention(first: 3, end: 4, type: .place), Mention(first: 5, end: 6, type: .person),
      ])
    }
    #expect(spans(joined) == [[3, 6]])
    #expect(joined.map(\.type) == [.place])
    // The head alone, untagged, joins too; "of" after another word does not.
    let alone = withRules("a ferry to the Isle of Brenna and the Bank of Brenna") {
      $0.joiningPlacesOf([
        Mention(first: 6, end: 7, type: .place), Mention(first: 11, end: 12, type: .place),
      ])
    }
    #expect(spans(alone) == [[4, 7], [11, 12]])
  }

  @Test func theGulfOfMexicoIsOnePlace() {
    let found = entities("Oil prices rose as a storm moved across the Gulf of Mexico on Tuesday.")
    #expect(types(of: "Gulf of Mexico", in: found) == [.place])
  }

  // MARK: Shops, brands and regions in web text

  @Test func chainsAndBrandsInAReviewAreOrganisations() {
    let found = entities(
      "We grabbed burritos at Chipotle before the game and then drove to Costco for supplies.")
    #expect(types(of: "Chipotle", in: found) == [.org])
    #expect(types(of: "Costco", in: found) == [.org])
  }

  @Test func regionsOfOtherCountriesArePlacesEvenInLowerCase() {
    let found = entities("honestly derbyshire and queensland are both lovely in spring.")
    #expect(types(of: "derbyshire", in: found) == [.place])
    #expect(types(of: "queensland", in: found) == [.place])
  }
}
