import Foundation

/// Title, byline, date and site name, from `<meta>` tags, OpenGraph and JSON-LD.
struct HTMLMetadata: Equatable {
  var title: String?
  var byline: String?
  var date: String?
  var siteName: String?
  /// The limits on JSON-LD this page went over, for a warning (“a JSON-LD script …”).
  var limitsHit: [String] = []

  /// JSON-LD scripts larger than this are not read (article metadata is a few KB).
  static let maxLinkedDataBytes = 1 << 20
  /// At most this many JSON-LD objects are read from a page.
  static let maxLinkedDataObjects = 1_000
  /// At most this many authors or publishers are named.
  static let maxNames = 100

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
    limitsHit = linked.limitsHit
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
    var limitsHit: [String] = []
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
      guard objects.count < maxLinkedDataObjects else { return }
      if let array = value as? [Any] {
        array.forEach(gather)
      } else if let object = value as? [String: Any] {
        objects.append(object)
        if objects.count == maxLinkedDataObjects {
          result.limitsHit.append(
            "more than \(maxLinkedDataObjects) JSON-LD objects; the first \(maxLinkedDataObjects) are read"
          )
        }
        if let graph = object["@graph"] { gather(graph) }
      }
    }
    for script in scripts {
      guard script.utf8.count <= maxLinkedDataBytes else {
        result.limitsHit.append(
          "a JSON-LD script is larger than \(InputLimits.describe(maxLinkedDataBytes)); it is not read"
        )
        continue
      }
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
      if result.author == nil {
        result.author = names(object["author"], limitsHit: &result.limitsHit)
      }
      if result.datePublished == nil { result.datePublished = object["datePublished"] as? String }
      if result.publisher == nil {
        result.publisher = names(object["publisher"], limitsHit: &result.limitsHit)
      }
    }
    return result
  }

  /// A person or organisation, or a list of them, as "A, B and C" (each name once, at
  /// most `maxNames`; a longer list is noted in `limitsHit`).
  private static func names(_ value: Any?, limitsHit: inout [String]) -> String? {
    var unique: [String] = []
    var seen: Set<String> = []
    var cut = false
    func add(_ value: Any?) {
      guard !cut else { return }
      if let name = value as? String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.hasPrefix("http"), !name.isEmpty, seen.insert(name).inserted else { return }
        if unique.count == maxNames {
          cut = true
          return
        }
        unique.append(name)
      } else if let object = value as? [String: Any] {
        add(object["name"])
      } else if let array = value as? [Any] {
        for element in array where !cut { add(element) }
      }
    }
    add(value)
    if cut {
      limitsHit.append(
        "more than \(maxNames) names in a JSON-LD list; the first \(maxNames) are kept")
    }
    switch unique.count {
    case 0: return nil
    case 1: return unique[0]
    default: return unique.dropLast().joined(separator: ", ") + " and " + unique.last!
    }
  }
}
