import Testing

@testable import QuothAnalysis

/// The bound the tokenizers reserve their arrays at (issue 19: a page of one-character
/// tokens grew them by doubling, holding the old and the new buffer at once): never
/// below the tokens either tokenizer finds, and exact on text of one-character tokens.
@Suite struct TokenBoundTests {
  static let texts = [
    "The mayor of Dunmore said: “We will not close the library.”",
    "&&&&&&&&&&",
    "\"\"\"\"'''``''",
    "a\nb\nc\td  e",
    "Rep. Ilse Varga (D-Ore.) met U.S. officials at 3.5 p.m., she said…",
    "non\u{A0}breaking\u{2003}spaces and zero\u{200B}width ones",
    "Ölçek, Ærø and Ślęża — all in one line; 12,500 people?!",
    "",
  ]

  func bound(_ text: String) -> Int {
    let scalars = Array(text.unicodeScalars)
    return ScalarText.tokenBound(scalars, in: 0..<scalars.count)
  }

  @Test(arguments: texts) func theBoundHoldsForTheQuoteTokenizer(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer.tokens(scalars, in: TextRange(0, scalars.count))
    #expect(bound(text) >= tokens.count)
  }

  @Test(arguments: texts) func theBoundHoldsForTheEntityTokenizer(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    var tokens: [EntityToken] = []
    scalars.withUnsafeBufferPointer {
      EntityTokenizer.tokenize($0, range: 0..<scalars.count, into: &tokens)
    }
    #expect(bound(text) >= tokens.count)
  }

  @Test func oneCharacterTokensAreBoundExactly() {
    let text = String(repeating: "& ", count: 500) + String(repeating: "?", count: 300)
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer.tokens(scalars, in: TextRange(0, scalars.count))
    #expect(tokens.count == 800)
    #expect(bound(text) == 800)
  }

  @Test func onlyTheRangeCounts() {
    let scalars = Array("one two three".unicodeScalars)
    #expect(ScalarText.tokenBound(scalars, in: 4..<7) == 3)
    #expect(ScalarText.tokenBound(scalars, in: 3..<8) == 3)
  }

  @Test func aSliceIsCountedFromItsOwnStart() {
    let scalars = Array("x \t\n\u{0B}\u{0C}\r\u{1C}y z".unicodeScalars)
    // The five controls from tab to carriage return and the space are spaces; U+001C is not.
    #expect(ScalarText.tokenBound(scalars[2...], in: 2..<scalars.count) == 3)
    #expect(ScalarText.tokenBound(scalars[2...], in: 3..<9) == 2)
    #expect(ScalarText.tokenBound(scalars, in: 0..<scalars.count) == 4)
  }
}
