import Testing

@testable import QuothAnalysis

/// Trimming white space and line breaks at the ends of a string, with and without
/// Foundation's help.
@Suite struct OuterWhitespaceTests {
  @Test func whiteSpaceAndLineBreaksAtTheEndsGo() {
    #expect(" Tide tables \n".trimmedOfWhitespace == "Tide tables")
    #expect("\t\r\nTide".trimmedOfWhitespace == "Tide")
    // No-break, ideographic and paragraph separators count as white space too.
    #expect("\u{00A0}Tide\u{3000}".trimmedOfWhitespace == "Tide")
    #expect("Tide\u{2029}".trimmedOfWhitespace == "Tide")
    #expect(" \n ".trimmedOfWhitespace == "")
    #expect("".trimmedOfWhitespace == "")
  }

  @Test func spacesInsideStayAndOtherEndsAreKept() {
    #expect("Tide  tables".trimmedOfWhitespace == "Tide  tables")
    #expect("«Tide»".trimmedOfWhitespace == "«Tide»")
    #expect("x".trimmedOfWhitespace == "x")
  }
}
