import Foundation

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeedParser {
  static func parse(_ bytes: [UInt8], source: String) throws -> Feed {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)),
      let feed = object as? [String: Any]
    else { throw FeedError(source: source, reason: "not a feed: the JSON could not be read") }
    guard (feed["version"] as? String)?.contains("jsonfeed.org/version") == true,
      let items = feed["items"] as? [Any]
    else { throw FeedError(source: source, reason: "not a JSON Feed (no version or items)") }
    let base = URL(string: source)
    let entries = items.compactMap { $0 as? [String: Any] }.map { item -> FeedEntry in
      let authors = (item["authors"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
      let author =
        authors.map { $0.joined(separator: ", ") } ?? (item["author"] as? [String: Any])?["name"]
        as? String
      let html = (item["content_html"] as? String).flatMap(FeedParser.nonEmpty)
      let text = (item["content_text"] as? String).flatMap(FeedParser.nonEmpty)
      let content: FeedEntry.Content? = html.map { .html($0) } ?? text.map { .text($0) }
      let link = (item["url"] as? String) ?? (item["external_url"] as? String)
      let date = (item["date_published"] as? String) ?? (item["date_modified"] as? String)
      return FeedEntry(
        title: FeedParser.clean(item["title"] as? String),
        link: FeedParser.resolve(link.flatMap(FeedParser.clean), base: base),
        date: date.flatMap(FeedDate.iso), author: author.flatMap(FeedParser.clean),
        content: content,
        summary: (item["summary"] as? String).flatMap(FeedParser.clean).map { .text($0) })
    }
    return Feed(
      kind: .json, title: FeedParser.clean(feed["title"] as? String),
      link: feed["home_page_url"] as? String, entries: entries)
  }
}
