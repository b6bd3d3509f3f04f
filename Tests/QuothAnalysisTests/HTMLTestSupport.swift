import Foundation

@testable import QuothAnalysis

/// Small pages and helpers for the HTML and Markdown tests. Every text here is
/// written for these tests.
enum HTMLTestSupport {
  /// The story the test pages carry, one paragraph per entry.
  static let story = [
    "The harbour board voted on Tuesday to close the old ferry pier, ending a service that has run since 1911.",
    "“We cannot keep patching a structure that is older than anyone in this room,” said Marta Lindqvist, the board’s chair, after the vote.",
    "Residents of the island, who rely on the ferry for groceries and school runs, packed the meeting hall and asked for a replacement timeline.",
    "The board said a temporary landing would open by spring, and that the new pier, costing about 4 million euros, would follow within two years.",
  ]

  static func page(body: String, head: String = "<title>Pier to close | Harbour News</title>")
    -> [UInt8]
  {
    Array(
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
        .utf8)
  }

  static var storyParagraphs: String { story.map { "<p>\($0)</p>" }.joined(separator: "\n") }

  static let navigation = """
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
    """

  static let linkList = """
    <div><ul><li><a href="/a">Council approves new budget for the coming year</a></li>
    <li><a href="/b">Storm warning issued for the northern coast tonight</a></li>
    <li><a href="/c">Local school wins national robotics competition</a></li></ul></div>
    """

  static func read(_ bytes: [UInt8]) -> Article {
    HTMLIngest.read(bytes, source: "test.html").article
  }

  /// The text of the paragraphs of the given kinds, in order.
  static func texts(_ article: Article, _ kinds: Set<ParagraphKind> = [.body, .heading]) -> [String]
  {
    let scalars = Array(article.text.unicodeScalars)
    return article.paragraphs.filter { kinds.contains($0.kind) }.map {
      String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
    }
  }
}
