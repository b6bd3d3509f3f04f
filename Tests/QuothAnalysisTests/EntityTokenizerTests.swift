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

  @Test func anAbbreviationWrittenWithACapitalKeepsItsPeriodOnlyWithTheCapital() {
    #expect(words("Sat. Jan. 4") == ["Sat.", "Jan.", "4"])
    #expect(words("She sat. Then") == ["She", "sat", ".", "Then"])
    #expect(words("He was ill. Later") == ["He", "was", "ill", ".", "Later"])
    #expect(words("pens, inks etc. and") == ["pens", ",", "inks", "etc.", "and"])
  }

  @Test func theSentenceReaderAndTheEntityTokenizerReadOneAbbreviationTable() {
    let text = "Calif. Ill. ill. Sat. sat. Wyo. Sun. sun. etc. Etc. No. no. Mass. mass. left."
    let document = TextDocument(article: PlainTextIngest.article(from: text, source: "test"))
    // The sentence reader's tokenizer keeps the period of a title ("No."); after any
    // other word the table says whether a period ends the sentence.
    let readerSays = document.blocks.flatMap(\.tokens).filter { $0.kind == .word }.map {
      token in
      let word = document.string(token)
      return word.hasSuffix(".")
        ? (String(word.dropLast()), true) : (word, document.isAbbreviation(token))
    }
    let tokenizerSays = words(text).filter { $0 != "." }.map {
      ($0.hasSuffix(".") ? String($0.dropLast()) : $0, $0.hasSuffix("."))
    }
    #expect(readerSays.map(\.0) == tokenizerSays.map(\.0))
    #expect(readerSays.map(\.1) == tokenizerSays.map(\.1))
    #expect(
      readerSays.filter(\.1).map(\.0) == [
        "Calif", "Ill", "Sat", "Wyo", "Sun", "etc", "Etc", "No", "Mass",
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

  /// The tokenizer works out the shapes of plain words (small letters, a capital and small
  /// letters, capitals, digits) without reading them again: every word's shape agrees with
  /// the shape read scalar by scalar, and words of one kind share a shape.
  @Test func shapesOfPlainWordsAgreeWithTheShapeReadScalarByScalar() {
    let text = """
      a an ballot X NATO Ed Ames 7 42 2024 McCain iPhone U.S. al-Assad O’Rourke 3.5 \
      Ärger ÉLAN Öl straße Zoë 東京 ß Ab1 x9 AT&T 1,200 mid-March ’s
      """
    let scalars = Array(text.unicodeScalars)
    var tokens: [EntityToken] = []
    scalars.withUnsafeBufferPointer {
      EntityTokenizer.tokenize($0, range: 0..<scalars.count, into: &tokens)
    }
    var shapes: [String: UInt64] = [:]
    for token in tokens where token.isWord {
      let word = String(String.UnicodeScalarView(scalars[Int(token.start)..<Int(token.end)]))
      let read = scalars.withUnsafeBufferPointer {
        EntityTokenizer.shapeHash($0, Int(token.start), Int(token.end), forced: .none)
      }
      #expect(token.shape == read, "\(word)")
      shapes[word] = token.shape
    }
    #expect(shapes["ballot"] == shapes["an"])
    #expect(shapes["ballot"] == shapes["straße"])
    #expect(shapes["an"] != shapes["a"])
    #expect(shapes["Ames"] == shapes["Ärger"])
    #expect(shapes["Ames"] != shapes["Ed"])
    #expect(shapes["NATO"] == shapes["ÉLAN"])
    #expect(shapes["2024"] == shapes["42"])
    #expect(shapes["McCain"] != shapes["Ames"])
    #expect(shapes["東京"] == shapes["an"])
  }
}
