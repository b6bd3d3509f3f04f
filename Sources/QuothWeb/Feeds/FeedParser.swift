import Foundation

/// Reads feeds and subscription lists: RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and OPML through
/// libxml2, JSON Feed 1.1 through `JSONSerialization`.
public enum FeedParser {
  static let contentModule = "http://purl.org/rss/1.0/modules/content/"
  static let dublinCore = "http://purl.org/dc/elements/1.1/"

  /// Whether `bytes` look like a feed or an OPML list (by their first element or JSON
  /// Feed's `version`), without parsing them.
  public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
    let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
    let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if start.hasPrefix("{") { return head.contains("jsonfeed.org/version") }
    guard start.hasPrefix("<") else { return false }
    return ["<rss", "<feed", "<rdf:rdf", "<opml"].contains { head.contains($0) }
      && !start.hasPrefix("<!doctype html") && !start.hasPrefix("<html")
  }

  /// The feed or subscription list in `bytes`; `source` names it in errors and is the
  /// base for relative links.
  public static func parse(_ bytes: [UInt8], source: String) throws -> FeedDocument {
    let start = bytes.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
    if start == UInt8(ascii: "{") {
      return .feed(try JSONFeedParser.parse(bytes, source: source))
    }
    guard let tree = XMLTree(bytes: bytes), let root = tree.root else {
      throw FeedError(source: source, reason: "not a feed: the XML could not be read")
    }
    let base = URL(string: source)
    switch root.name.lowercased() {
    case "rss":
      guard let channel = root.child("channel") else {
        throw FeedError(source: source, reason: "an RSS feed without a channel")
      }
      return .feed(
        Feed(
          kind: .rss, title: clean(channel.child("title")?.text),
          link: clean(channel.child("link")?.text),
          entries: channel.children.filter { $0.name == "item" }.map { rssItem($0, base: base) },
          problem: tree.problem))
    case "rdf":
      let channel = root.child("channel")
      return .feed(
        Feed(
          kind: .rdf, title: clean(channel?.child("title")?.text),
          link: clean(channel?.child("link")?.text),
          entries: root.children.filter { $0.name == "item" }.map { rssItem($0, base: base) },
          problem: tree.problem))
    case "feed":
      return .feed(
        Feed(
          kind: .atom, title: clean(root.child("title")?.text), link: atomLink(root, base: base),
          entries: root.children.filter { $0.name == "entry" }.map { atomEntry($0, base: base) },
          problem: tree.problem))
    case "opml":
      var subscriptions: [Subscription] = []
      func collect(_ element: XMLElement) {
        for outline in element.children where outline.name == "outline" {
          if let url = clean(outline.attribute("xmlUrl")) {
            subscriptions.append(
              Subscription(
                url: url, title: clean(outline.attribute("title") ?? outline.attribute("text"))))
          }
          collect(outline)
        }
      }
      if let body = root.child("body") { collect(body) }
      return .subscriptions(subscriptions)
    default:
      throw FeedError(
        source: source, reason: "not a feed: the document is <\(root.name)>, not RSS, Atom or OPML")
    }
  }

  private static func rssItem(_ item: XMLElement, base: URL?) -> FeedEntry {
    let guid = item.child("guid")
    let permalink = guid.flatMap { $0.attribute("isPermaLink") == "false" ? nil : clean($0.text) }
    let link =
      clean(item.child("link")?.text) ?? permalink.flatMap { Fetcher.isWebAddress($0) ? $0 : nil }
    let date = item.child("pubDate") ?? item.child("date", namespace: dublinCore)
    let author = item.child("creator", namespace: dublinCore) ?? item.child("author")
    return FeedEntry(
      title: clean(item.child("title")?.text), link: resolve(link, base: base),
      date: date.flatMap { FeedDate.iso($0.text) }, author: clean(author?.text),
      content: nonEmpty(item.child("encoded", namespace: contentModule)?.text).map { .html($0) },
      summary: clean(item.child("description")?.text).map { .html($0) })
  }

  private static func atomEntry(_ entry: XMLElement, base: URL?) -> FeedEntry {
    let date = entry.child("published") ?? entry.child("updated")
    return FeedEntry(
      title: clean(entry.child("title")?.text), link: atomLink(entry, base: base),
      date: date.flatMap { FeedDate.iso($0.text) },
      author: clean(entry.child("author")?.child("name")?.text),
      content: entry.child("content").flatMap(atomContent),
      summary: entry.child("summary").flatMap(atomContent))
  }

  /// Atom text or HTML by its `type`; content that is only a link elsewhere (`src`) is none.
  private static func atomContent(_ element: XMLElement) -> FeedEntry.Content? {
    if element.attribute("src") != nil { return nil }
    switch element.attribute("type")?.lowercased() {
    case "html": return nonEmpty(element.text).map { .html($0) }
    case "xhtml": return nonEmpty(element.innerXML).map { .html($0) }
    default: return nonEmpty(element.text).map { .text($0) }
    }
  }

  /// The `rel="alternate"` link (or one without `rel`).
  private static func atomLink(_ element: XMLElement, base: URL?) -> String? {
    let links = element.children.filter { $0.name == "link" }
    let link =
      links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
    return resolve(clean(link?.attribute("href")), base: base)
  }

  /// `link` made absolute against the feed's address.
  static func resolve(_ link: String?, base: URL?) -> String? {
    guard let link else { return nil }
    if Fetcher.isWebAddress(link) || base == nil { return link }
    return URL(string: link, relativeTo: base)?.absoluteString ?? link
  }

  /// Content kept as it is (its line breaks are paragraphs); nil when it is only white space.
  static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
    return text
  }

  /// Text with its white space collapsed; nil when nothing is left.
  static func clean(_ text: String?) -> String? {
    guard let text else { return nil }
    let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return collapsed.isEmpty ? nil : collapsed
  }
}
