import Ink

/// Reads Markdown into an `Article`. Ink renders it to HTML, and the HTML reader
/// keeps its structure (headings, paragraphs, block quotes, list items) with the
/// markup gone: the analysed text is the prose alone, one paragraph per line.
public enum MarkdownIngest {
  public static func article(from markdown: String, source: String) -> Article {
    let parsed = MarkdownParser().parse(markdown)
    let blocks = HTMLIngest.allBlocks(of: Array(parsed.html.utf8))
    // The headline is a level-one heading at the very top, or the front matter's title.
    var title = parsed.metadata["title"]
    if title == nil, let first = blocks.first, first.kind == .heading, first.headingLevel == 1 {
      title = first.text
    }
    let metadata = HTMLMetadata(
      title: title, byline: parsed.metadata["author"], date: parsed.metadata["date"],
      siteName: parsed.metadata["site"])
    var builder = HTMLArticleBuilder(source: source, format: .markdown, metadata: metadata)
    builder.marksFurniture = false
    return builder.article(from: blocks)
  }
}
