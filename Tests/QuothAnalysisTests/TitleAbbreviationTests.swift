import Testing

@testable import QuothAnalysis

/// The quote tokenizer keeps the period of a title or month abbreviation in its word
/// ("Sen.", "Sept."), so that it does not read as a sentence end; any other word's
/// period stays a sign of its own.
@Suite struct TitleAbbreviationTests {
  func words(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return Tokenizer.tokens(scalars, in: TextRange(0, scalars.count)).filter { $0.kind == .word }
      .map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
  }

  @Test func titlesAndMonthsKeepTheirPeriod() {
    #expect(
      words("Sen. Ruth Adler met Gov. Pilar Ibsen on Sept. 4 in room No. 12 vs. Capt. Ode")
        == [
          "Sen.", "Ruth", "Adler", "met", "Gov.", "Pilar", "Ibsen", "on", "Sept.", "4", "in",
          "room", "No.", "12", "vs.", "Capt.", "Ode",
        ])
  }

  @Test func otherWordsLeaveTheirPeriod() {
    // Lower case, capitals, a letter beyond ASCII, longer than five letters: not in the list.
    #expect(
      words("He said no. Then MR. Ode and Señ. Ruiz and Messrs. Pike") == [
        "He", "said", "no", "Then", "MR", "Ode", "and", "Señ", "Ruiz", "and", "Messrs", "Pike",
      ])
    #expect(words("Sen") == ["Sen"])
  }
}
