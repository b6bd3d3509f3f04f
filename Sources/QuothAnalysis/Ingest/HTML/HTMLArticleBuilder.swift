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
    // Links to other sites (sources, shops, posts) inside the story are story text;
    // after its last paragraph of prose they are link lists.
    let lastProse = blocks.lastIndex(where: Self.isProse) ?? -1
    var kinds = blocks.indices.map { kind(of: blocks[$0], withinStory: $0 < lastProse) }
    markTitle(blocks, &kinds)
    if marksFurniture {
      markSmallTables(blocks, &kinds)
      markRepeatsAndLeadingLines(blocks, &kinds)
      markFurnitureAtTheEnd(blocks, &kinds)
      markTrailingHeadings(&kinds)
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
    var metadata = metadata
    if metadata.authors.isEmpty, let line = zip(blocks, kinds).first(where: { $0.1 == .byline }) {
      // No author in the metadata: the names in the byline line the page shows.
      metadata.setAuthors(BylineNames.names(line.0.text))
    }
    return Article(
      source: source, format: format, text: lines.joined(separator: "\n"), title: metadata.title,
      byline: metadata.byline, authors: metadata.authors, date: metadata.date,
      siteName: metadata.siteName, url: metadata.url, lang: metadata.lang,
      paragraphs: paragraphs, body: body)
  }

  /// A paragraph that reads as prose: long, or a sentence with a comma.
  private static func isProse(_ block: HTMLBlock) -> Bool {
    block.chars >= 150 || (block.chars >= 60 && block.text.hasSuffix(".") && block.commas > 0)
  }

  private func kind(of block: HTMLBlock, withinStory: Bool) -> ParagraphKind {
    if block.isAside { return .boilerplate }
    if block.kind == .heading {
      return marksFurniture && (block.linkDensity > 0.5 || BoilerplatePhrases.matches(block.text))
        ? .boilerplate : .heading
    }
    guard marksFurniture else { return .body }
    if (withinStory ? block.siteLinkDensity : block.linkDensity) > 0.5 { return .boilerplate }
    // Furniture is short: long paragraphs skip the phrase checks.
    if block.chars <= 200 {
      if BoilerplatePhrases.matches(block.text) { return .boilerplate }
      if block.kind != .cell
        && !block.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
      {
        return .boilerplate
      }
      if isByline(block.text) { return .byline }
    }
    if block.words <= 80 && BoilerplatePhrases.isCaptionOrCredit(block.text) {
      return .boilerplate
    }
    // A credit in parentheses under a picture: "(Reed Saxon / Agency)".
    if block.chars <= 80 && block.text.hasPrefix("(") && block.text.hasSuffix(")")
      && (block.text.contains("/") || block.text.contains("|"))
    {
      return .boilerplate
    }
    return .body
  }

  /// A furniture heading ("About the author", "More stories") near the end of the
  /// story makes what follows it furniture too, when that is the last section and
  /// a small part of the text.
  private func markFurnitureAtTheEnd(_ blocks: [HTMLBlock], _ kinds: inout [ParagraphKind]) {
    guard
      let heading = blocks.indices.last(where: { blocks[$0].kind == .heading }),
      kinds[heading] == .boilerplate
    else { return }
    let total = blocks.indices.reduce(0) { $0 + (kinds[$1] == .body ? blocks[$1].chars : 0) }
    let after = (heading..<blocks.count).reduce(0) {
      $0 + (kinds[$1] == .body ? blocks[$1].chars : 0)
    }
    guard after * 4 < total else { return }
    for index in heading..<blocks.count where kinds[index] == .body { kinds[index] = .boilerplate }
  }

  /// Headings with no body text after them introduce furniture ("Related stories").
  private func markTrailingHeadings(_ kinds: inout [ParagraphKind]) {
    for index in kinds.indices.reversed() {
      if kinds[index] == .body { return }
      if kinds[index] == .heading { kinds[index] = .boilerplate }
    }
  }

  /// Short table cells in a story that is mostly prose are a data box (tickers,
  /// scores) beside it; a story that is mostly a table keeps them.
  private func markSmallTables(_ blocks: [HTMLBlock], _ kinds: inout [ParagraphKind]) {
    let total = blocks.reduce(0) { $0 + $1.chars }
    let inCells = blocks.reduce(0) { $0 + ($1.kind == .cell ? $1.chars : 0) }
    guard inCells * 5 < total else { return }
    for index in blocks.indices where blocks[index].kind == .cell {
      if blocks[index].words <= 3 { kinds[index] = .boilerplate }
    }
  }

  /// Repeated lines (gallery captions, pull quotes) are furniture the second
  /// time; short lines above the first real paragraph that name the author or
  /// give a date are the byline and the dateline.
  private func markRepeatsAndLeadingLines(_ blocks: [HTMLBlock], _ kinds: inout [ParagraphKind]) {
    var seen = Set<String>(minimumCapacity: blocks.count)
    // List items repeat by nature (the same feature in several product lists).
    for index in blocks.indices where blocks[index].chars >= 20 && blocks[index].kind != .listItem {
      if !seen.insert(blocks[index].text).inserted { kinds[index] = .boilerplate }
    }
    // The story starts at its first paragraph of prose.
    let firstParagraph =
      blocks.indices.first {
        kinds[$0] == .body && Self.isProse(blocks[$0])
          && !Dateline.looksLikeDateline(blocks[$0].text)
      } ?? 0
    for index in 0..<firstParagraph where kinds[index] == .body {
      let text = blocks[index].text
      if blocks[index].words > 15 { continue }
      if let byline = metadata.byline, byline.count >= 4, text.containsBytes(byline) {
        kinds[index] = .byline
      } else if Dateline.looksLikeDateline(text) {
        kinds[index] = .boilerplate
      }
    }
  }

  private func isByline(_ text: String) -> Bool {
    // Split as bytes: splitting a String by Characters is many times slower.
    let words = text.utf8.split(separator: UInt8(ascii: " "))
    guard words.count <= 12 else { return false }
    if let byline = metadata.byline, text == byline || text == "By " + byline { return true }
    return text.lowercased().hasPrefix("by ") && words.count >= 2
      && Substring(words[1]).first?.isUppercase == true
      && (words.count <= 8 || Dateline.looksLikeDateline(text))
  }

  /// The headline: the first top-level heading that matches the page's title.
  private func markTitle(_ blocks: [HTMLBlock], _ kinds: inout [ParagraphKind]) {
    guard let title = metadata.title else { return }
    for index in blocks.indices
    where blocks[index].kind == .heading && blocks[index].headingLevel <= 2 {
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
    guard shape.wordCount <= 40 else { return false }
    let lower = text.lowercased()
    if suffixes.contains(where: { lower.hasSuffix($0) }) { return true }
    guard shape.wordCount <= 15 else { return false }
    if exact.contains(lower.trimmingTrailingPunctuation) { return true }
    // Compared as bytes: String's `hasPrefix` is many times slower.
    let bytes = Array(lower.utf8)
    return prefixBytes.contains { bytes.starts(with: $0) }
  }

  private static let prefixBytes = prefixes.map { Array($0.utf8) }

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
    "related tags", "related topics", "related stories", "related news", "related posts",
    "post comment", "leave a comment", "add comment", "posted in", "published in", "updated:",
    "published:", "posted:", "last updated", "first published", "about the author",
    "about the writer", "more stories", "more from", "more news", "you might also like",
    "you may also like", "like this story", "recommended for you", "latest news", "popular posts",
    "like this:", "like loading", "sharing is caring", "see more photos", "trending news",
    "if you enjoyed this article", "have a tip?", "related roundup",
  ]
  /// Endings of credit lines: "Jane Doe contributed to this report."
  private static let suffixes = ["contributed to this report.", "contributed reporting."]

  /// A photo caption or credit: names a photo agency or says whose picture it is.
  static func isCaptionOrCredit(_ text: String) -> Bool {
    // ASCII lower-casing is enough for the marks, and much cheaper than String's.
    // One pass over the text, trying only the marks that start with each byte.
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      for start in bytes.indices {
        for mark in creditMarksByFirstByte[Int(lowered(bytes[start]))]
        where start + mark.count <= bytes.count {
          var matched = 1
          while matched < mark.count && lowered(bytes[start + matched]) == mark[matched] {
            matched += 1
          }
          if matched == mark.count { return true }
        }
      }
      return false
    } ?? false
  }

  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  private static let creditMarks = [String]([
    "(ap photo", "/ap photo", "getty images", "(photo:", "(photo by", "photo credit", "(reuters/",
    "/ reuters)", "| reuters", "(afp", "/afp)", "shutterstock", "(epa", "/ epa", "(file photo",
    "(image:", "(credit:", "istock",
  ]).map { Array($0.utf8) }

  /// The credit marks by their first byte.
  private static let creditMarksByFirstByte: [[[UInt8]]] = {
    var table = Array(repeating: [[UInt8]](), count: 256)
    for mark in creditMarks { table[Int(mark[0])].append(mark) }
    return table
  }()
}

/// Lines that only say when a story was published or updated.
enum Dateline {
  static func looksLikeDateline(_ text: String) -> Bool {
    let lower = text.lowercased()
    if ["updated", "published", "posted", "last modified", "first published"].contains(where: {
      lower.hasPrefix($0)
    }) {
      return true
    }
    let endsLikeSentence =
      text.hasSuffix(".") && !text.hasSuffix(" a.m.") && !text.hasSuffix(" p.m.")
    // Nor does it end in " ago": most paragraphs of prose, told apart without splitting.
    if endsLikeSentence { return false }
    let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    let hasMonth = words.contains { months.contains(String($0.prefix(3))) && $0.count <= 9 }
    let hasNumber = words.contains { $0.allSatisfy(\.isNumber) }
    let hasTime = lower.containsBytes(" am") || lower.containsBytes(" pm") || lower.contains(":")
    let numericDate =
      lower.contains { $0 == "/" } && words.filter { $0.allSatisfy(\.isNumber) }.count >= 3
    return (hasMonth && hasNumber) || numericDate || (hasTime && hasNumber && words.count <= 8)
      || lower.hasSuffix(" ago")
  }

  private static let months: Set<String> = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
}

extension String {
  /// Substring search without Foundation's slower one.
  func containsBytes(_ other: String) -> Bool {
    HTMLBytes.contains(Array(utf8), Array(other.utf8))
  }

  fileprivate var trimmingTrailingPunctuation: String {
    var text = Substring(self)
    while let last = text.last, last.isPunctuation || last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
