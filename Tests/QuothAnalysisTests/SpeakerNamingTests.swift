import Testing

@testable import QuothAnalysis

/// The name shown for a chosen mention: the office a title names, the organisation
/// "the company" stands for.
@Suite struct SpeakerNamingTests {
  @Test func aVicePresidentIsNotThePresident() {
    let text = """
      President Anna Berg and Vice President Tom Reed toured the plant on Tuesday.

      “We will keep every job in this town,” the president said.

      """
    #expect(analyze(text).speaker(of: "every job") == "Anna Berg")
  }

  @Test func theCompanyIsTheOrganisationThatSpokeNotTheOneNamedLast() {
    let text = """
      Estuary Lines said on Monday that it would cut the night crossing, blaming a long pay \
      dispute with the Harbour Workers Union.

      “The crossing loses money every single night,” the company said.

      """
    let quote = analyze(text).quote(containing: "loses money")
    // The tagger misses "Estuary Lines" at the article's start; it speaks, so it is one.
    #expect(quote?.speaker == "Estuary Lines")
    #expect(quote?.speakerKind == .organisation)
  }

  @Test func theCompanyIsTheOneThatSpokeThoughAnotherWasNamedNearer() {
    let text = """
      The ferry operator Estuary Lines said on Monday that it would cut the night crossing, \
      blaming a long pay dispute with the Harbour Workers Union.

      “The crossing loses money every single night,” the company said.

      """
    // The ranker's margin here is thin: models trained with `--seed 1` or `2` rank
    // Estuary Lines (it spoke) first, the shipped `--seed 0` model the union named last.
    withKnownIssue("the seed-0 pronoun weights rank the union, named last, first") {
      #expect(analyze(text).speaker(of: "loses money") == "Estuary Lines")
    }
  }

  @Test func sheIsTheWomanWhoJustAgreedNotTheManWhoseFirstNameTheListLacks() {
    let text = """
      “The pier is too short for the new boats,” said Stellan Moor on Friday. Nadia Hale \
      agreed. “We have waited long enough,” she said.

      """
    // "Stellan" is not in the first-name list, so his sex is unknown; the round-6 model
    // (seed 0, also seed 1) ranks him, the previous quote's speaker, above the woman who
    // just agreed, at a confidence under 0.5 (shown with '?'); seed 2 ranks her first.
    withKnownIssue("the seed-0 pronoun weights prefer a speaker of unknown sex to a woman") {
      #expect(analyze(text).speaker(of: "waited long") == "Nadia Hale")
    }
  }

  @Test func sheIsTheWomanHerOwnPronounNamesThoughHerSurnameLaterMeansHerHusband() {
    let text = """
      Tomasz Wren, a ferry pilot, was stopped outside his home on Tuesday by Maria Lopez, \
      a police sergeant.

      Ofelune Wren could be heard telling the officers that her husband had done nothing wrong.

      “Leave him alone, he has done nothing,” she says.

      Police said Wren had refused to leave his cab. Wren later told them that he was late \
      for work, and Wren said his shift had run long.

      """
    // The name list does not know Ofelune, and the later "Wren"s, linked to her full
    // name, are followed by "he": the "her" after her own mention says she is a woman.
    #expect(analyze(text).speaker(of: "Leave him alone") == "Ofelune Wren")
  }

  @Test func anOrganisationTheTaggerMissedIsNamedWhereItSpeaks() {
    func organisations(_ text: String) -> [String] {
      let document = TextDocument(article: PlainTextIngest.article(from: text, source: "test.txt"))
      return NameIndex(document: document, entities: [], model: nil).occurrences
        .filter(\.isOrganisation).map(\.name)
    }
    #expect(
      organisations("The Estuary Lines said on Monday that it would stop.\n") == ["Estuary Lines"])
    // No reporting verb, no organisation word, or not at a sentence's start: nothing.
    #expect(organisations("Estuary Lines cut the night crossing on Monday.\n").isEmpty)
    #expect(organisations("Harbour Master Jo said on Monday that it would stop.\n").isEmpty)
    #expect(organisations("A memo to Estuary Lines said the crossing would stop.\n").isEmpty)
  }
}
