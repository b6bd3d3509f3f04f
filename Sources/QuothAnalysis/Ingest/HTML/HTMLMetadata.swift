import Foundation

/// Title, byline, date and site name, from `<meta>` tags, OpenGraph and JSON-LD.
struct HTMLMetadata: Equatable {
  var title: String?
  var byline: String?
  var date: String?
  var siteName: String?

  init(title: String? = nil, byline: String? = nil, date: String? = nil, siteName: String? = nil) {
    self.title = title
    self.byline = byline
    self.date = date
    self.siteName = siteName
  }

  /// Reads what the page says about itself. JSON-LD (the schema.org `Article`
  /// types) comes first, then OpenGraph and other `<meta>` names, then `<title>`.
  init(_ source: HTMLMetadataSource) {
    let linked = Self.linkedData(source.jsonLD)
    let meta = source.meta
    func first(_ names: [String]) -> String? {
      names.lazy.compactMap { meta[$0] }
        .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        .first { !$0.isEmpty }
    }
    let pageTitle = source.title.map {
      $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    title =
      Self.nonEmpty(
        linked.headline ?? first(["og:title", "twitter:title", "dc.title", "headline", "title"]))
      ?? pageTitle.map(Self.withoutSiteSuffix)
    if let heading = source.pageHeadings.first(where: { !$0.isEmpty }) {
      // The page's own headline is the cleanest form when it agrees with the metadata.
      if title == nil || Self.similar(heading, title!) { title = heading }
    }
    let authors = first([
      "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl",
    ])
    .flatMap { $0.hasPrefix("http") ? nil : $0 }
    byline = Self.nonEmpty(linked.author ?? authors)
    date = Self.nonEmpty(
      linked.datePublished
        ?? first([
          "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
          "dc.date.issued", "parsely-pub-date", "sailthru.date", "og:published_time",
          "article:modified_time",
        ]))
    siteName = Self.nonEmpty(first(["og:site_name", "application-name"]) ?? linked.publisher)
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
      return nil
    }
    return value
  }

  /// `Headline | Site` and `Headline - Site` → `Headline`.
  static func withoutSiteSuffix(_ title: String) -> String {
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
      if let range = title.range(of: separator, options: .backwards) {
        let head = String(title[..<range.lowerBound])
        if head.split(separator: " ").count >= 3 { return head }
      }
    }
    return title
  }

  /// True when two titles share most of their words.
  static func similar(_ first: String, _ second: String) -> Bool {
    func words(_ text: String) -> Set<String> {
      Set(
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }
    let a = words(first)
    let b = words(second)
    guard !a.isEmpty, !b.isEmpty else { return false }
    return Double(a.intersection(b).count) >= 0.6 * Double(min(a.count, b.count))
  }

  private struct LinkedData {
    var headline: String?
    var author: String?
    var datePublished: String?
    var publisher: String?
  }

  private static let articleTypes: Set<String> = [
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "WebPage",
    "ScholarlyArticle",
    "TechArticle", "LiveBlogPosting", "Report",
  ]

  private static func linkedData(_ scripts: [String]) -> LinkedData {
    var result = LinkedData()
    var objects: [[String: Any]] = []
    func gather(_ value: Any) {
      if let array = value as? [Any] {
        array.forEach(gather)
      } else if let object = value as? [String: Any] {
        objects.append(object)
        if let graph = object["@graph"] { gather(graph) }
      }
    }
    for script in scripts {
      guard let data = script.data(using: .utf8),
        let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { continue }
      gather(value)
    }
    func types(_ object: [String: Any]) -> [String] {
      if let type = object["@type"] as? String { return [type] }
      return object["@type"] as? [String] ?? []
    }
    // Articles first, then plain web pages.
    let articles =
      objects.filter { types($0).contains { articleTypes.contains($0) && $0 != "WebPage" } }
      + objects.filter { types($0).contains("WebPage") }
    for object in articles {
      if result.headline == nil { result.headline = object["headline"] as? String }
      if result.author == nil { result.author = names(object["author"]) }
      if result.datePublished == nil { result.datePublished = object["datePublished"] as? String }
      if result.publisher == nil { result.publisher = names(object["publisher"]) }
    }
    return result
  }

  /// A person or organisation, or a list of them, as "A, B and C".
  private static func names(_ value: Any?) -> String? {
    var found: [String] = []
    func add(_ value: Any?) {
      if let name = value as? String {
        if !name.hasPrefix("http") { found.append(name) }
      } else if let object = value as? [String: Any] {
        add(object["name"])
      } else if let array = value as? [Any] {
        array.forEach(add)
      }
    }
    add(value)
    let unique = found.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
      !$0.isEmpty
    }
    .reduce(into: [String]()) { list, name in if !list.contains(name) { list.append(name) } }
    switch unique.count {
    case 0: return nil
    case 1: return unique[0]
    default: return unique.dropLast().joined(separator: ", ") + " and " + unique.last!
    }
  }
}
