import Foundation
import Testing

@testable import QuothAnalysis

/// The flat node array the HTML parser builds: the same tree libxml2's HTML parser would
/// build (implied elements, auto-closed paragraphs, text in one node), attributes as
/// written, and libxml2's limits.
@Suite struct HTMLDocumentTests {
  private func document(_ html: String) throws -> HTMLDocument {
    try #require(HTMLDocument(bytes: Array(html.utf8)))
  }

  /// The element kinds and texts in document order, with each element's depth.
  private func outline(_ document: HTMLDocument) -> [String] { document.outline() }

  @Test func impliedElementsAndAutoClosedParagraphsAsLibxml2BuildsThem() throws {
    let page = try document("<title>Pier</title><p>One &amp; two<p>Three <b>bold</b> end")
    #expect(
      outline(page) == [
        "html", " head", "  title", "   'Pier'", " body", "  p", "   'One & two'", "  p",
        "   'Three '", "   other", "    'bold'", "   ' end'",
      ])
    let paragraphs = page.nodes.indices.filter { page.nodes[$0].tag == .p }
    let body = try #require(page.nodes.firstIndex { $0.tag == .body })
    #expect(paragraphs.map { Int(page.nodes[$0].parent) } == [body, body])
    #expect(page.textContent(of: paragraphs[1]) == "Three bold end")
  }

  @Test func textSplitAcrossParserChunksIsOneNode() throws {
    // libxml2 reports long text in pieces of about 1,000 bytes.
    let long = String(repeating: "The ferry leaves at six. ", count: 400)
    let page = try document("<html><body><p>\(long)</p></body></html>")
    let texts = page.nodes.indices.filter { page.nodes[$0].isText }
    #expect(texts.count == 1)
    #expect(String(cString: page.text(of: texts[0])) == long)
    #expect(page.textLength(of: texts[0]) == long.utf8.count)
  }

  @Test func attributesWithAndWithoutValues() throws {
    let page = try document(
      #"<html lang="en"><body><a href="https://harbour.example/pier?a=1&amp;b=2" hidden>Pier</a></body></html>"#
    )
    let link = try #require(page.nodes.firstIndex { $0.tag == .a })
    #expect(page.attributeString(link, "href") == "https://harbour.example/pier?a=1&b=2")
    #expect(page.attributeString(link, "hidden") == "")
    #expect(page.attribute(link, "class") == nil)
    #expect(page.attributes(of: link).map { String(cString: $0.name) } == ["href", "hidden"])
    #expect(page.attributeString(page.root, "lang") == "en")
  }

  @Test func anEmptyPageHasNoDocument() {
    #expect(HTMLDocument(bytes: []) == nil)
  }

  @Test func nestingDeeperThanLibxml2ReadsIsCutThere() throws {
    let page = try document(
      "<html><body>" + String(repeating: "<div>", count: 300) + "<p>Deep.</p>"
        + String(repeating: "</div>", count: 300) + "</body></html>")
    #expect(page.isCutAtDepthLimit)
    #expect(!page.nodes.contains { $0.isText })
    #expect(page.nodes.count == HTMLDocument.depthLimit + 1)
    let shallow = try document("<html><body><div><p>Shallow.</p></div></body></html>")
    #expect(!shallow.isCutAtDepthLimit)
  }

  @Test func longValuesFarIntoThePageReadAsWrittenInEachEncoding() throws {
    // Past the bytes the encoding is looked for in, in UTF-8 and two declared encodings.
    let filler = "<p>" + String(repeating: "Tea at the pier. ", count: 300) + "</p>"
    let markup = """
      <div class="story-body wide" id="section-main"><a href="https://pier.example/tea?a=1">Tea</a>
      <a href='/menu/scones-and-jam' class=short>Scones</a></div>
      """
    for page in [
      "<html><body>\(filler)\(markup)</body></html>",
      "<html><head><meta charset=\"iso-8859-1\"></head><body>\(filler)\(markup)</body></html>",
      "<html><head><meta charset=\"iso-8859-2\"></head><body>\(filler)\(markup)</body></html>",
    ] {
      let document = try document(page)
      let division = try #require(document.nodes.firstIndex { $0.tag == .div })
      #expect(document.attributeString(division, "class") == "story-body wide")
      #expect(document.attributeString(division, "id") == "section-main")
      let links = document.nodes.indices.filter { document.nodes[$0].tag == .a }
      #expect(
        links.map { document.attributeString($0, "href") } == [
          "https://pier.example/tea?a=1", "/menu/scones-and-jam",
        ])
      #expect(document.attributeString(links[1], "class") == "short")
    }
  }
}
