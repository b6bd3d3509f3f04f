import Testing

@testable import QuothAnalysis

/// The sex the article itself tells of each person, read by `NameIndex` with no
/// first-name list: titles at any mention of the name, the pronoun right after a mention.
@Suite struct PersonSexFromArticleTests {
  /// The occurrences of a text whose people are given by `names`: each surface form
  /// (its first appearance from `from` on) with the canonical name it is linked to.
  private func occurrences(
    _ text: String, _ names: [(surface: String, canonical: String, from: String)]
  ) -> [NameIndex.Occurrence] {
    let document = TextDocument(article: PlainTextIngest.article(from: text, source: "test.txt"))
    let scalars = Array(text.unicodeScalars)
    let entities = names.map { name -> Entity in
      let from = offset(of: Array(name.from.unicodeScalars), in: scalars, after: 0)
      let start = offset(of: Array(name.surface.unicodeScalars), in: scalars, after: from)
      return Entity(
        start: start, end: start + name.surface.unicodeScalars.count, text: name.surface,
        type: .person, canonical: name.canonical)
    }
    return NameIndex(document: document, entities: entities, model: nil).occurrences
  }

  private func offset(
    of needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], after start: Int
  ) -> Int {
    (start...(scalars.count - needle.count)).first {
      Array(scalars[$0..<$0 + needle.count]) == needle
    } ?? -1
  }

  @Test func aTitleAtOneMentionTellsEveryMentionsSex() {
    let text = """
      Ada Okafor runs the night ferry across the estuary.

      Ms. Okafor has worked on the boats for twenty years.

      """
    let found = occurrences(
      text,
      [
        ("Ada Okafor", "Ada Okafor", "Ada"),
        ("Okafor", "Ada Okafor", "Ms."),
      ])
    #expect(found.map(\.gender) == [.female, .female])
  }

  @Test func titlesThatDisagreeTellNothingOfTheUntitledMentions() {
    let text = """
      Rue Wren and Sol Wren run the bakery on the corner.

      Mr. Wren bakes before dawn. Mrs. Wren keeps the accounts. Wren opened a second shop.

      """
    let found = occurrences(
      text,
      [
        ("Wren", "Wren", "Mr."),
        ("Wren", "Wren", "Mrs."),
        ("Wren", "Wren", "accounts"),
      ])
    #expect(found.map(\.gender) == [.male, .female, nil])
  }

  @Test func thePronounAfterAMentionTellsThatMentionsSexBeforeTheNamesOtherMentions() {
    // The recogniser linked a husband's later mentions to his wife's full name: the
    // pronouns after those say "he", the one after her own mention says "her".
    let text = """
      Ofelune Wren could be heard telling the officers that her husband had done nothing.

      Police said Wren had refused to leave his cab. They said Wren then pushed past them \
      and that he ran.

      Wren was taken to hospital.

      """
    let found = occurrences(
      text,
      [
        ("Ofelune Wren", "Ofelune Wren", "Ofelune"),
        ("Wren", "Ofelune Wren", "Police"),
        ("Wren", "Ofelune Wren", "They"),
        ("Wren", "Ofelune Wren", "Wren was"),
      ])
    #expect(found.map(\.gender) == [.female, .male, .male, .male])
  }
}
