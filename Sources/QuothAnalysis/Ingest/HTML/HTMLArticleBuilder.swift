/// Turns the blocks of a story into an `Article`: one paragraph per line of the
/// text, each with its kind (title, byline, heading, body or boilerplate).
struct HTMLArticleBuilder {
  var source: String
  var format: SourceFormat
  var metadata: HTMLMetadata
  /// Drop link lists and site furniture inside the story as boilerplate
  /// (on for web pages; off for Markdown, which has no furniture).
  var marksFurniture = true

  func article(from blocks: [HTMLBlock]) -> Article {
    var kinds = blocks.map(kind)
    markTitle(blocks, &kinds)
    // Headings with no body text after them introduce furniture ("Related stories").
    var seenBody = false
    for index in kinds.indices.reversed() {
      if kinds[index] == .body { seenBody = true }
      if kinds[index] == .heading && !seenBody && marksFurniture { kinds[index] = .boilerplate }
    }

    var lines: [String] = []
    var lineKinds: [ParagraphKind] = []
    if !kinds.contains(.title), let title = metadata.title {
      lines.append(title)
      lineKinds.append(.title)
    }
    for (block, kind) in zip(blocks, kinds) {
      lines.append(block.text)
      lineKinds.append(kind)
    }

    var paragraphs: [Paragraph] = []
    var offset = 0
    for (line, kind) in zip(lines, lineKinds) {
      let length = line.unicodeScalars.count
      paragraphs.append(Paragraph(start: offset, end: offset + length, kind: kind))
      offset += length + 1
    }
    let story = paragraphs.filter { $0.kind != .boilerplate }
    let body = TextRange(story.first?.start ?? 0, story.last?.end ?? 0)
    return Article(
      source: source, format: format, text: lines.joined(separator: "\n"), title: metadata.title,
      byline: metadata.byline, date: metadata.date, siteName: metadata.siteName,
      paragraphs: paragraphs, body: body)
  }

  private func kind(of block: HTMLBlock) -> ParagraphKind {
    if block.kind == .heading {
      return marksFurniture && (block.linkDensity > 0.5 || LineShape(block.text.unicodeScalars).isFurniture)
        ? .boilerplate : .heading
    }
    guard marksFurniture else { return .body }
    if block.linkDensity > 0.5 { return .boilerplate }
    if BoilerplatePhrases.matches(block.text) { return .boilerplate }
    if isByline(block.text) { return .byline }
    return .body
  }

  private func isByline(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard words.count <= 12 else { return false }
    if let byline = metadata.byline, text == byline || text == "By " + byline { return true }
    return text.lowercased().hasPrefix("by ") && words.count >= 2 && words.count <= 8
      && words[1].first?.isUppercase == true
  }

  /// The headline: the first top-level heading that matches the page's title.
  private func markTitle(_ blocks: [HTMLBlock], _ kinds: inout [ParagraphKind]) {
    guard let title = metadata.title else { return }
    for index in blocks.indices where blocks[index].kind == .heading && blocks[index].headingLevel <= 2 {
      if blocks[index].text == title || HTMLMetadata.similar(blocks[index].text, title) {
        kinds[index] = .title
        return
      }
    }
  }
}

/// Lines that are site furniture wherever they appear inside a story.
enum BoilerplatePhrases {
  static func matches(_ text: String) -> Bool {
    let shape = LineShape(text.unicodeScalars)
    if shape.isFurniture { return true }
    guard shape.wordCount <= 15 else { return false }
    let lower = text.lowercased()
    return exact.contains(lower.trimmingTrailingPunctuation)
      || prefixes.contains { lower.hasPrefix($0) }
  }

  private static let exact: Set<String> = [
    "advertisement", "ad", "sponsored", "sponsored content", "share", "tweet", "email", "print",
    "comment", "comments", "loading", "loading...", "skip to content", "skip ad", "close",
    "continue reading", "story continues below", "story continues below advertisement",
    "scroll to continue with content", "trending", "most popular", "most read", "top stories",
    "related", "related content", "related coverage", "listen to this article", "watch",
  ]
  private static let prefixes = [
    "continue reading", "story continues", "sign up for", "subscribe to", "follow us on",
    "follow him on", "follow her on", "like us on", "share this", "share on", "click here",
    "read more:", "read more at", "read next", "more:", "see also:", "also read:", "also see:",
    "all rights reserved", "this material may not be published", "copyright ©", "© copyright",
    "(ap photo", "photo by", "image by", "image source", "picture:", "file photo", "pictured:",
    "we use cookies", "by continuing to use", "this site uses cookies", "get the latest",
    "download the app", "have a news tip", "got a tip", "contact the author", "reporting by",
    "editing by", "additional reporting by", "want more", "don't miss", "newsletter",
  ]
}

extension String {
  fileprivate var trimmingTrailingPunctuation: String {
    var text = Substring(self)
    while let last = text.last, last.isPunctuation || last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
