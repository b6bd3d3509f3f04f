import Foundation
import Testing

@testable import QuothAnalysis

/// Strings in the JSON output: what must be escaped is, the rest is written as it is.
@Suite struct JSONWriterTests {
  func written(_ text: String) -> String {
    var json = JSONWriter()
    json.string(text)
    return json.output
  }

  @Test func plainTextIsWrittenAsItIs() {
    let text = "“A vote is a promise,” said Lena Marsh — in Zürich, 東京 and 🚋.\u{00A0}"
    #expect(written(text) == "\"\(text)\"")
  }

  @Test(arguments: [
    ("say \"no\"", #""say \"no\"""#),
    (#"a\b"#, #""a\\b""#),
    ("one\ntwo\tthree\r", #""one\ntwo\tthree\r""#),
    ("bell\u{07}", #""bell\u0007""#),
    ("del\u{7F}", #""del\u007f""#),
    ("next line\u{85}", #""next line\u0085""#),
    ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
    ("“quoted”\u{1B}[31m", #""“quoted”\u001b[31m""#),
    ("bidi\u{202E}x\u{2066}y\u{200F}\u{061C}z", #""bidi\u202ex\u2066y\u200f\u061cz""#),
    ("mark\u{200E}\u{2069}\u{202A}", #""mark\u200e\u2069\u202a""#),
  ])
  func controlsQuotesAndSeparatorsAreEscaped(text: String, expected: String) throws {
    #expect(written(text) == expected)
    let data = Data("[\(written(text))]".utf8)
    #expect(try JSONSerialization.jsonObject(with: data) as? [String] == [text])
  }
}
