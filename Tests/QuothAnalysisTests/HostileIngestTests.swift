import Testing

@testable import QuothAnalysis

/// Inputs built to crash, hang or exhaust the reader: each one loads and is analysed.
/// (Before the guards, the Markdown cases took minutes or overflowed the stack.)
@Suite struct HostileIngestTests {
  func load(_ text: String, _ format: SourceFormat) throws -> ArticleLoader.Loaded {
    try ArticleLoader.article(fromBytes: Array(text.utf8), source: "hostile", format: format)
  }

  @Test func unclosedAndNestedBracketsInMarkdownStayText() throws {
    let unclosed = try load("# T\n\n" + String(repeating: "[", count: 5_000) + " end\n", .markdown)
    #expect(unclosed.article.text.contains(String(repeating: "[", count: 5_000) + " end"))
    let nested = String(repeating: "[", count: 40) + "x" + String(repeating: "]", count: 40)
    #expect(try load("# T\n\n\(nested)\n", .markdown).article.text.contains(nested))
    let angles = try load("# T\n\n" + String(repeating: "<", count: 20_000) + "\n", .markdown)
    #expect(angles.article.text.contains(String(repeating: "<", count: 20_000)))
  }

  @Test func linksAndInlineHTMLStillWorkBesideTheGuard() throws {
    let text = try load(
      "# T\n\nSee [the report](http://x.example) and <b>this</b> [note].\n", .markdown
    )
    .article.text
    #expect(text.contains("See the report and this [note]."))
  }

  @Test func thousandsOfNestedListLevelsDoNotExhaustTheStack() throws {
    var markdown = "# T\n\n"
    for level in 0..<3_000 {
      markdown += String(repeating: " ", count: level * 2) + "- item \(level)\n"
    }
    let article = try load(markdown, .markdown).article
    #expect(article.text.contains("item 2999"))
  }

  @Test func deeplyNestedHTMLIsReadToTheParsersLimitAndSaysSo() throws {
    let html =
      "<html><body><article><h1>Deep Page</h1><p>“Before the depths,” said Ana Ruiz.</p>"
      + String(repeating: "<div>", count: 100_000) + "<p>Deep.</p>"
      + String(repeating: "</div>", count: 100_000) + "</article></body></html>"
    let loaded = try load(html, .html)
    #expect(loaded.article.text.contains("Before the depths"))
    #expect(loaded.warnings.contains { $0.contains("nested more than 256 deep") })
    let analysis = Analyzer().analyze(loaded.article)
    #expect(analysis.quotes.count == 1)
  }

  @Test func shallowHTMLGetsNoDepthWarning() throws {
    let loaded = try load("<html><body><p>A short page of text.</p></body></html>", .html)
    #expect(!loaded.warnings.contains { $0.contains("nested") })
  }

  @Test func entityDeclarationsAreNotExpanded() throws {
    var entities = "<!ENTITY a \"aaaaaaaaaa\">"
    for (name, previous) in zip("bcdefgh", "abcdefg") {
      entities += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
    }
    let html =
      "<?xml version=\"1.0\"?><!DOCTYPE html [\(entities)]><html><body><p>&h;&h;</p></body></html>"
    let loaded = try load(html, .html)
    #expect(loaded.article.text.unicodeScalars.count < 10_000)
  }

  @Test func aHundredThousandEntityReferencesAreReadOnce() throws {
    let html =
      "<html><body><p>" + String(repeating: "&amp;&#x201C;&quot;", count: 100_000)
      + "</p></body></html>"
    let text = try load(html, .html).article.text
    #expect(text.unicodeScalars.count == 300_000)
  }

  @Test func longDigitRunsAreNoDate() throws {
    let text = "Title\nIt was 1" + String(repeating: "9", count: 40) + "th of May, she said.\n"
    let analysis = Analyzer().analyze(PlainTextIngest.article(from: text, source: "t"))
    #expect(!analysis.entities.contains { $0.text.hasPrefix("1999999") })
  }

  @Test func twoHundredThousandQuoteMarksAreAnalysed() {
    let text = "Title\n" + String(repeating: "\"", count: 200_000) + "\n"
    let analysis = Analyzer().analyze(PlainTextIngest.article(from: text, source: "t"))
    #expect(analysis.quotes.count < 200_000)
  }
}
