import Foundation
import Ink

/// Reads Markdown into an `Article`. Ink renders it to HTML, and the HTML reader
/// keeps its structure (headings, paragraphs, block quotes, list items) with the
/// markup gone: the analysed text is the prose alone, one paragraph per line.
public enum MarkdownIngest {
  public static func article(from markdown: String, source: String) -> Article {
    let parsed = MarkdownParser().parse(atxHeadings(markdown))
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

  /// Ink reads only `#` headings: rewrites underlined (setext) headings, a line of
  /// text over a line of `=` or `-`, as `#` and `##` headings. Code fences are left alone.
  static func atxHeadings(_ markdown: String) -> String {
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var inFence = false
    var index = 1
    while index < lines.count {
      let previous = lines[index - 1].trimmingCharacters(in: .whitespaces)
      if previous.hasPrefix("```") || previous.hasPrefix("~~~") { inFence.toggle() }
      let line = lines[index].trimmingCharacters(in: .whitespaces)
      let isUnderline =
        line.count >= 2 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
      let previousIsText =
        !previous.isEmpty && !previous.hasPrefix("#") && !previous.hasPrefix(">")
        && !previous.hasPrefix("- ") && !previous.hasPrefix("* ") && !previous.hasPrefix("```")
      let startsParagraph =
        index < 2 || lines[index - 2].trimmingCharacters(in: .whitespaces).isEmpty
      if !inFence && isUnderline && previousIsText && startsParagraph {
        lines[index - 1] = (line.first == "=" ? "# " : "## ") + previous
        lines.remove(at: index)
      }
      index += 1
    }
    return lines.joined(separator: "\n")
  }
}
