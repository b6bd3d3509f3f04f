import Testing

@testable import QuothAnalysis

/// Which full name a short name stands for, on texts written for these tests (the rules
/// of `EntityClusters`), also with many names in one paragraph, where the lookups used to
/// compare every name with every other.
@Suite struct EntityClusterTests {
  func canonicals(of text: String, in found: [Entity]) -> [String] {
    found.filter { $0.text == text && $0.type == .person }.map(\.canonical)
  }

  func entities(_ text: String) -> [Entity] {
    EntityRecognizer.shared.entities(in: PlainTextIngest.article(from: text, source: "test"))
  }

  @Test func aSurnameLinksToTheLongestFormOfItsPerson() {
    let found = entities(
      """
      Maria Lopez opened the new ferry terminal on Monday. Later, Maria Elena Lopez thanked
      the builders. Lopez said the crossing would take twenty minutes.
      """)
    #expect(canonicals(of: "Lopez", in: found) == ["Maria Elena Lopez"])
  }

  @Test func aFirstNameLinksToTheFullName() {
    let found = entities(
      """
      The mayor, Tomasz Wielgosz, visited the harbour. Tomasz Wielgosz said the pier would
      close. Wielgosz left at noon.
      """)
    #expect(canonicals(of: "Wielgosz", in: found) == ["Tomasz Wielgosz"])
  }

  @Test func aSharedSurnameFollowsWhoeverWasNamedLast() {
    let found = entities(
      """
      Greta Halvorsen chaired the meeting. Halvorsen said the budget was tight.
      Then Ingrid Halvorsen spoke for the dockworkers. Halvorsen said the budget was unfair.
      Greta Halvorsen closed the meeting. Halvorsen thanked everyone.
      """)
    #expect(
      canonicals(of: "Halvorsen", in: found) == [
        "Greta Halvorsen", "Ingrid Halvorsen", "Greta Halvorsen",
      ])
  }

  @Test func anAcronymLinksToTheFirstNameItSpells() {
    let found = entities(
      """
      The Harbour Safety Board met the Harbour Staff Bureau on Tuesday. A spokesman for the
      HSB said the talks went well.
      """)
    #expect(found.first { $0.text == "HSB" }?.canonical == "Harbour Safety Board")
  }

  @Test func manyPeopleInOneParagraphEachKeepTheirOwnName() {
    let first = ["Ana", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo"]
    let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]
    let people = (0..<300).map { index in
      let surname = (0..<3).map { syllables[(index >> (3 * $0)) & 7] }.joined()
      return (first[index % 8], surname.prefix(1).uppercased() + surname.dropFirst() + "son")
    }
    let text =
      "Names\n\n"
      + people.map { "\($0.0) \($0.1) met \($0.1) at the harbour." }.joined(separator: " ")
    let found = entities(text)
    // Of the full names the tagger finds (most of them), the surname alone links to each.
    let named = people.filter { given, surname in
      found.contains { $0.text == "\(given) \(surname)" && $0.type == .person }
    }
    #expect(named.count > 200)
    for (given, surname) in named {
      let alone = found.filter { $0.text == surname && $0.type == .person }
      #expect(alone.map(\.canonical) == ["\(given) \(surname)"], "\(surname)")
    }
  }
}
