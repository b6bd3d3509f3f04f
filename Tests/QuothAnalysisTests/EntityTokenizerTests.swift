import Testing

@testable import QuothAnalysis

@Suite struct EntityTokenizerTests {
  func words(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [EntityToken] = []
    scalars.withUnsafeBufferPointer {
      EntityTokenizer.tokenize($0, range: 0..<scalars.count, into: &tokens)
    }
    return tokens.map { String(String.UnicodeScalarView(scalars[Int($0.start)..<Int($0.end)])) }
  }

  @Test func possessivesSplitOff() {
    #expect(words("Okonkwo’s visit") == ["Okonkwo", "’s", "visit"])
    #expect(words("Obama's plan") == ["Obama", "'s", "plan"])
    #expect(words("the Democrats’ plan") == ["the", "Democrats", "’", "plan"])
  }

  @Test func namePartsStayWhole() {
    #expect(words("Bashar al-Assad") == ["Bashar", "al-Assad"])
    #expect(words("Beto O’Rourke said") == ["Beto", "O’Rourke", "said"])
    #expect(words("AT&T bought it") == ["AT&T", "bought", "it"])
  }

  @Test func initialsAndAbbreviationsKeepTheirPeriod() {
    #expect(words("G.K. Butterfield") == ["G.K.", "Butterfield"])
    #expect(words("the U.S. and George W. Bush") == ["the", "U.S.", "and", "George", "W.", "Bush"])
    #expect(
      words("Rep. Gwen Moore (D-Wis.) said.") == [
        "Rep.", "Gwen", "Moore", "(", "D", "-", "Wis.", ")", "said", ".",
      ])
  }

  @Test func aPartyLabelSplitsFromItsState() {
    #expect(words("(R-Utah)") == ["(", "R", "-", "Utah", ")"])
    #expect(words("(D-N.C.)") == ["(", "D", "-", "N.C.", ")"])
    #expect(words("a T-shirt and X-rays") == ["a", "T-shirt", "and", "X-rays"])
  }

  @Test func quotesAndNumbersSplitRight() {
    #expect(words("“King James” is") == ["“", "King", "James", "”", "is"])
    #expect(words("$3,500.25 on 9/11") == ["$", "3,500.25", "on", "9", "/", "11"])
  }
}
