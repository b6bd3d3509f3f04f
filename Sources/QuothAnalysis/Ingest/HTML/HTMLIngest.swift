import Foundation

/// Reads an HTML page into an `Article`: parses it with libxml2, finds the story
/// among the page's furniture, and keeps its headings, paragraphs, block quotes
/// and list items as paragraphs of the extracted text (one per line).
public enum HTMLIngest {
  /// What reading one page produced.
  public struct Result: Sendable {
    public var article: Article
    /// Sequences invalid in the page's encoding replaced with U+FFFD.
    public var replacedSequences: Int
    /// The encoding the page was read in.
    public var encoding = "UTF-8"
    /// Limits the page went over (JSON-LD sizes), for warnings.
    public var limitsHit: [String] = []
    /// True when the page nests elements deeper than the parser reads, so that the
    /// part of the page after that point is missing.
    public var isCutAtDepthLimit = false
    /// True when a text node is longer than the parser reads (10 MB), so that the part
    /// of the page after it is missing.
    public var isCutAtTextLimit = false
  }

  /// Below this many characters of story, extraction is tried again without
  /// dropping furniture by class and id names (the page may name its story oddly).
  static let shortStory = 250

  /// Extracts the article from the page in `bytes`; `source` names it.
  public static func read(_ bytes: [UInt8], source: String) -> Result {
    guard let document = HTMLDocument(bytes: bytes) else {
      return Result(
        article: Article(
          source: source, format: .html, text: "", paragraphs: [], body: TextRange(0, 0)),
        replacedSequences: 0)
    }
    var story = extract(document, pruneFurniture: true)
    if story.storyChars < shortStory {
      let relaxed = extract(document, pruneFurniture: false)
      if relaxed.storyChars > story.storyChars { story = relaxed }
    }
    let metadata = HTMLMetadata(story.metadata)
    let edges = StoryEdges(blocks: story.allBlocks, articleBody: metadata.articleBody)
    let chosen = edges.widened(story.chosen)
    let blocks = chosen.map { story.allBlocks[$0] }
    var article = HTMLArticleBuilder(source: source, format: .html, metadata: metadata)
      .article(from: blocks)
    article.links = storyLinks(
      story.links, in: Set(chosen), of: document,
      base: ArticleLink.base(
        story.metadata.base, of: source.hasPrefix("http") ? source : article.url))
    return Result(
      article: article, replacedSequences: document.replacedSequences,
      encoding: document.encoding, limitsHit: metadata.limitsHit,
      isCutAtDepthLimit: document.isCutAtDepthLimit, isCutAtTextLimit: document.isCutAtTextLimit)
  }

  /// The page's own structure with nothing dropped but scripts and styles: every
  /// block in document order. Markdown, rendered to HTML, is read this way.
  /// `address`: where the page is, for its relative links.
  static func allBlocks(of bytes: [UInt8], address: String? = nil)
    -> (blocks: [HTMLBlock], links: [ArticleLink])
  {
    guard let document = HTMLDocument(bytes: bytes) else { return ([], []) }
    var collector = HTMLBlockCollector(document: document, pruneFurniture: false)
    collector.collect()
    return (
      collector.blocks,
      storyLinks(
        collector.links, in: Set(collector.blocks.indices), of: document,
        base: ArticleLink.base(collector.metadata.base, of: address))
    )
  }

  /// The links whose words are in the blocks kept, with their addresses resolved.
  private static func storyLinks(
    _ links: [HTMLLink], in kept: Set<Int>, of document: HTMLDocument, base: String?
  ) -> [ArticleLink] {
    let baseURL = base.flatMap { URL(string: $0) }
    return links.compactMap {
      kept.contains($0.block) ? $0.articleLink(in: document, base: baseURL) : nil
    }
  }

  private struct Story {
    /// Every block of the page, and the indices of the story's among them.
    var allBlocks: [HTMLBlock]
    var chosen: [Int]
    var metadata: HTMLMetadataSource
    var links: [HTMLLink]
    var storyChars: Int
  }

  private static func extract(_ document: HTMLDocument, pruneFurniture: Bool) -> Story {
    var collector = HTMLBlockCollector(document: document, pruneFurniture: pruneFurniture)
    collector.collect()
    var content = MainContent(elements: collector.elements, blocks: collector.blocks)
    let chosen = content.storyBlocks()
    let storyChars = chosen.reduce(0) {
      let block = collector.blocks[$1]
      return $0 + (block.kind == .heading || block.isAside ? 0 : block.chars - block.linkChars)
    }
    return Story(
      allBlocks: collector.blocks, chosen: chosen, metadata: collector.metadata,
      links: collector.links, storyChars: storyChars)
  }
}
