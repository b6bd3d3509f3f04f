import Foundation

/// Title, byline, date, site name, address and language, from `<meta>` tags,
/// OpenGraph and JSON-LD.
struct HTMLMetadata: Equatable {
  var title: String?
  /// The authors' names, as the reader shows them ("A, B and C").
  var byline: String?
  /// The authors' names alone: no "By", job titles or e-mail addresses.
  var authors: [String] = []
  /// ISO 8601 (see `PublicationDate`).
  var date: String?
  var siteName: String?
  /// The page's canonical address.
  var url: String?
  /// The language tag (`en`, `en-GB`).
  var lang: String?
  /// The story's text as the page's JSON-LD gives it: a guide to where the story is.
  var articleBody: String?
  /// The limits on JSON-LD this page went over, for a warning (“a JSON-LD script …”).
  var limitsHit: [String] = []

  /// JSON-LD scripts larger than this are not read (article metadata is a few KB).
  static let maxLinkedDataBytes = 1 << 20
  /// At most this many JSON-LD objects are read from a page.
  static let maxLinkedDataObjects = 1_000
  /// At most this many authors or publishers are named.
  static let maxNames = 100

  /// Metadata given as written (front matter, tags): the byline is read for names and
  /// the date for a day.
  init(
    title: String? = nil, byline: String? = nil, date: String? = nil, siteName: String? = nil,
    url: String? = nil, lang: String? = nil
  ) {
    self.title = title
    setAuthors(BylineNames.names(byline ?? ""))
    self.date = date.flatMap(PublicationDate.iso)
    self.siteName = siteName
    self.url = url
    self.lang = lang.flatMap(Self.languageTag)
  }

  /// Sets the names and the byline made of them.
  mutating func setAuthors(_ names: [String]) {
    authors = names
    byline = BylineNames.joined(names)
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
    setAuthors(BylineNames.names(linked.author ?? authors ?? ""))
    // The first value that reads as a real day: pages fill some fields with placeholders.
    let dateNames = [
      "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
      "dc.date.issued", "parsely-pub-date", "sailthru.date", "og:published_time",
    ]
    let dates =
      [linked.datePublished] + dateNames.map { meta[$0] } + [source.timeElement]
      + [linked.dateModified, meta["article:modified_time"]]
    date = dates.lazy.compactMap { $0.flatMap(PublicationDate.iso) }.first
    siteName = Self.nonEmpty(first(["og:site_name", "application-name"]) ?? linked.publisher)
    url =
      [source.canonical, meta["og:url"], linked.url].lazy.compactMap { $0.flatMap(Self.webAddress) }
      .first
    articleBody = linked.articleBody
    lang =
      [
        source.lang, meta["content-language"], meta["og:locale"], meta["dc.language"],
        linked.language,
      ]
      .lazy.compactMap { $0.flatMap(Self.languageTag) }.first
  }

  /// An absolute http or https address, or nil.
  static func webAddress(_ value: String) -> String? {
    let address = value.trimmedOfWhitespace
    let lower = address.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), address.count > 10,
      !address.contains(where: \.isWhitespace)
    else { return nil }
    return address
  }

  /// A BCP 47 language tag (`en`, `en-GB`, `pt-BR`, `zh-Hant`): `en_US` written `en-US`,
  /// the language lower-cased and the region upper-cased; nil for anything else.
  static func languageTag(_ value: String) -> String? {
    let parts = value.trimmedOfWhitespace
      .split(whereSeparator: { $0 == "-" || $0 == "_" })
    guard let language = parts.first, (2...3).contains(language.count),
      language.allSatisfy({ $0.isASCII && $0.isLetter }),
      parts.dropFirst().allSatisfy({
        (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      })
    else { return nil }
    var tag = language.lowercased()
    for part in parts.dropFirst() {
      tag += "-" + (part.count == 2 ? part.uppercased() : String(part))
    }
    return tag
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value = value?.trimmedOfWhitespace, !value.isEmpty else {
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
    var dateModified: String?
    var publisher: String?
    var url: String?
    var language: String?
    var articleBody: String?
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
      readAddressAndLanguage(of: object, into: &result)
      if result.publisher == nil {
        result.publisher = names(object["publisher"], limitsHit: &result.limitsHit)
      }
    }
    return result
  }

  /// The page's address, language and last change, which other fields leave out.
  private static func readAddressAndLanguage(
    of object: [String: Any], into result: inout LinkedData
  ) {
    if result.dateModified == nil { result.dateModified = object["dateModified"] as? String }
    if result.url == nil {
      result.url =
        object["url"] as? String ?? (object["mainEntityOfPage"] as? [String: Any])?["@id"]
        as? String ?? object["mainEntityOfPage"] as? String
    }
    if result.language == nil { result.language = object["inLanguage"] as? String }
    if result.articleBody == nil { result.articleBody = object["articleBody"] as? String }
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
        let name = name.trimmedOfWhitespace
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
