import Testing

@testable import QuothAnalysis

@Suite struct FormatDetectionTests {
  @Test func byExtension() {
    #expect(FormatDetection.format(forPath: "a/story.html") == .html)
    #expect(FormatDetection.format(forPath: "story.HTM") == .html)
    #expect(FormatDetection.format(forPath: "notes.md") == .markdown)
    #expect(FormatDetection.format(forPath: "notes.markdown") == .markdown)
    #expect(FormatDetection.format(forPath: "story.txt") == .text)
    #expect(FormatDetection.format(forPath: "-") == nil)
    #expect(FormatDetection.format(forPath: "dir.d/story") == nil)
  }

  @Test func byContent() {
    func format(_ text: String) -> SourceFormat {
      FormatDetection.format(ofContent: Array(text.utf8))
    }
    #expect(format("<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>") == .html)
    #expect(format("\u{FEFF}  <html lang=\"en\"><p>Hi</p></html>") == .html)
    #expect(format("<div class=\"story\"><p>One.</p><p>Two.</p></div>") == .html)
    #expect(format("# A heading\n\nSome text with a [link](http://example.org).\n") == .markdown)
    #expect(format("Title\n=====\n\nBody text.\n") == .markdown)
    #expect(format("Pier to close\n\nThe board voted on Tuesday.\nIt said <3 things.\n") == .text)
    #expect(format("A plain story - with a dash.\nAnother line.\n") == .text)
    #expect(format("Items:\n- bread\n- milk\nThat was all.\n") == .text)
    #expect(format("First part of the story.\n\n---\n\nSecond part.\n") == .text)
    #expect(format("- one\n- two\n- three\n> and a quote\n") == .markdown)
  }

  @Test func loaderDetectsAndOverrides() throws {
    let html = Array(
      "<html><body><article><p>The board voted on Tuesday to close the pier.</p></article></body></html>"
        .utf8)
    let detected = try ArticleLoader.article(fromBytes: html, source: "-")
    #expect(detected.article.format == .html)
    #expect(detected.article.text == "The board voted on Tuesday to close the pier.")
    let forced = try ArticleLoader.article(fromBytes: html, source: "-", format: .text)
    #expect(forced.article.format == .text)
    #expect(forced.article.text.hasPrefix("<html>"))
    let markdown = try ArticleLoader.article(
      fromBytes: Array("# Title\n\nSome *text*.".utf8), source: "x.md")
    #expect(markdown.article.format == .markdown)
    #expect(markdown.article.text == "Title\nSome text.")
  }

  @Test func htmlPageWithoutStoryWarns() throws {
    let loaded = try ArticleLoader.article(
      fromBytes: Array("<html><body></body></html>".utf8), source: "empty.html")
    #expect(loaded.warnings == ["empty.html: no article text found in the page"])
  }

  @Test func utf16PageWithByteOrderMarkIsRead() throws {
    let page =
      "<html><head><meta charset=\"utf-16\"></head><body><p>Caf\u{E9} owners on the harbour said the pier should stay open for another summer.</p></body></html>"
    let bytes: [UInt8] = [0xFF, 0xFE] + page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let loaded = try ArticleLoader.article(fromBytes: bytes, source: "page.html")
    #expect(
      loaded.article.text
        == "Café owners on the harbour said the pier should stay open for another summer.")
    #expect(loaded.warnings.isEmpty)
  }
}
