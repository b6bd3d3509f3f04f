import Foundation
import QuothAnalysis

/// The articles named on the command line when some come from the web or from feeds:
/// `resolve` turns URLs, feed files, OPML lists and newsboat `urls` files into the list
/// of articles (a feed's entries newest first, titled before they are read); `load`
/// reads one of them (from the feed when it carries the article, else by fetching its
/// link, else from its file). Safe to call from the background analysis's threads.
public final class WebSources: @unchecked Sendable {
  /// One article of the list, as known before it is read.
  public struct Listed: Hashable, Sendable {
    /// A path, `-`, or an address (a feed entry's link, or `FEED#N` for one without).
    public var source: String
    /// The entry's title, date (ISO 8601) and feed, for a feed's entries.
    public var title: String?
    public var date: String?
    public var feed: String?

    public init(source: String, title: String? = nil, date: String? = nil, feed: String? = nil) {
      self.source = source
      self.title = title
      self.date = date
      self.feed = feed
    }
  }

  /// A feed entry and the feed it came from.
  private struct Known {
    var entry: FeedEntry
    var feed: String?
  }

  public let fetcher: any WebFetching
  private let lock = NSLock()
  private var entries: [String: Known] = [:]
  /// Bodies fetched while resolving, read once by `load`.
  private var prefetched: [String: WebResponse] = [:]
  /// Addresses that failed while resolving: `load` reports the same failure once.
  private var failed: [String: Error] = [:]

  /// Feeds read before the inputs (newsboat's `urls`, `--urls`): their entries come first.
  private let subscriptions: [Subscription]

  public init(fetcher: any WebFetching = Fetcher(), subscriptions: [Subscription] = []) {
    self.fetcher = fetcher
    self.subscriptions = subscriptions
  }

  /// Whether feeds were given at `init` (`--urls`), to be listed whatever the inputs.
  public var hasSubscriptions: Bool { !subscriptions.isEmpty }

  /// Whether an input would be read by `resolve` rather than as a plain file: an address,
  /// or a file whose ending names a feed or a subscription list.
  public static func isWebInput(_ input: String) -> Bool {
    if Fetcher.isWebAddress(input) { return true }
    let ending = (input as NSString).pathExtension.lowercased()
    return feedEndings.contains(ending)
  }

  /// Endings of files that may hold a feed or an OPML list (their content decides).
  public static let feedEndings: Set<String> = [
    "xml", "rss", "atom", "rdf", "opml", "json", "feed",
  ]

  /// The list for these inputs, in order, after the entries of the subscriptions given
  /// at `init`: a feed becomes its entries (newest first), a subscription list the
  /// entries of all its feeds (newest first); other inputs stay as they are. An input or
  /// a feed that fails stays in the list, and `load` throws its error (the reader shows a
  /// `✗` row with the reason).
  public func resolve(_ inputs: [String], limits: InputLimits = InputLimits()) -> [Listed] {
    var listed: [Listed] = []
    var seen: Set<String> = []
    func add(_ items: [Listed]) {
      for item in items where seen.insert(item.source).inserted { listed.append(item) }
    }
    if !subscriptions.isEmpty { add(entries(of: subscriptions, limits: limits)) }
    for input in inputs {
      lock.lock()
      let known = entries[input]
      lock.unlock()
      if let known {
        // An entry listed already (a list resolved again): not fetched again.
        add([
          Listed(source: input, title: known.entry.title, date: known.entry.date, feed: known.feed)
        ])
        continue
      }
      guard WebSources.isWebInput(input) else {
        add([Listed(source: input)])
        continue
      }
      do {
        switch try document(at: input, limits: limits) {
        case .none: add([Listed(source: input)])
        case .feed(let feed)?: add(try register(feed, from: input, title: nil))
        case .subscriptions(let list)?: add(entries(of: list, limits: limits))
        }
      } catch {
        remember(error, for: input)
        add([Listed(source: input)])
      }
    }
    return listed
  }

  /// Every entry of the feeds in a subscription list (OPML, newsboat's `urls`), newest
  /// first, fetched four at a time (one per host); a feed that fails is listed as itself.
  public func entries(of subscriptions: [Subscription], limits: InputLimits = InputLimits())
    -> [Listed]
  {
    final class Results: @unchecked Sendable {
      var items: [Result<[Listed], Error>?]
      init(count: Int) { items = Array(repeating: nil, count: count) }
    }
    let results = Results(count: subscriptions.count)
    let resultsLock = NSLock()
    DispatchQueue.concurrentPerform(iterations: subscriptions.count) { index in
      let subscription = subscriptions[index]
      let result = Result<[Listed], Error> {
        switch try document(at: subscription.url, limits: limits) {
        case .feed(let feed)?:
          return try register(feed, from: subscription.url, title: subscription.title)
        case .subscriptions?:
          throw FeedError(
            source: subscription.url,
            reason: "a subscription list inside a subscription list; not read")
        case .none:
          throw FeedError(source: subscription.url, reason: "not a feed")
        }
      }
      resultsLock.lock()
      results.items[index] = result
      resultsLock.unlock()
    }
    var listed: [Listed] = []
    for (subscription, result) in zip(subscriptions, results.items) {
      switch result {
      case .success(let items)?: listed += items
      case .failure(let error)?:
        remember(error, for: subscription.url)
        listed.append(Listed(source: subscription.url, title: subscription.title))
      case nil: break
      }
    }
    return WebSources.newestFirst(listed)
  }

  /// The feed or subscription list at `input` (an address or a file); nil when it holds
  /// an article (kept for `load` when it was fetched).
  private func document(at input: String, limits: InputLimits) throws -> FeedDocument? {
    if Fetcher.isWebAddress(input) {
      let response = try fetcher.fetch(input)
      switch WebContent(response) {
      case .feed:
        return try FeedParser.parse(response.bytes, source: response.finalURL)
      case .article:
        lock.lock()
        prefetched[input] = response
        lock.unlock()
        return nil
      case .unsupported(let type):
        throw FetchError(url: input, cause: .unsupportedContent(type))
      }
    }
    // A file: only its start is read unless it is a feed (an article is read later).
    guard let handle = FileHandle(forReadingAtPath: input) else { return nil }
    defer { try? handle.close() }
    guard FeedParser.looksLikeFeed(Array(handle.readData(ofLength: 2048))) else { return nil }
    try handle.seek(toOffset: 0)
    let data = try handle.read(upToCount: limits.maxBytes + 1) ?? Data()
    if data.count > limits.maxBytes { throw IngestError.tooLarge(input, limit: limits.maxBytes) }
    return try FeedParser.parse(Array(data), source: input)
  }

  /// Keeps a feed's entries for `load` and lists them newest first.
  private func register(_ feed: Feed, from source: String, title: String?) throws -> [Listed] {
    if feed.entries.isEmpty {
      throw FeedError(
        source: source,
        reason: feed.problem.map { "malformed feed: \($0)" } ?? "the feed has no entries")
    }
    let feedName = title ?? feed.title
    var listed: [Listed] = []
    lock.lock()
    for (number, entry) in feed.entries.enumerated() {
      let key = entry.link ?? "\(source)#\(number + 1)"
      entries[key] = Known(entry: entry, feed: feedName)
      listed.append(Listed(source: key, title: entry.title, date: entry.date, feed: feedName))
    }
    lock.unlock()
    return WebSources.newestFirst(listed)
  }

  /// Newest first; entries without a date after those with one, in their feed's order.
  static func newestFirst(_ listed: [Listed]) -> [Listed] {
    listed.enumerated().sorted { a, b in
      switch (a.element.date, b.element.date) {
      case (let x?, let y?) where x != y: return x > y
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a.offset < b.offset
      }
    }.map(\.element)
  }

  private func remember(_ error: Error, for source: String) {
    lock.lock()
    failed[source] = error
    lock.unlock()
  }

  /// Reads one article of the list: a feed entry from its feed or its link, a URL from
  /// the web, anything else as `ArticleLoader.load` does. Throws an error naming the
  /// source and the cause.
  public func load(
    _ source: String, format: SourceFormat? = nil, limits: InputLimits = InputLimits()
  )
    throws -> ArticleLoader.Loaded
  {
    lock.lock()
    let failure = failed.removeValue(forKey: source)
    let known = entries[source]
    let response = prefetched.removeValue(forKey: source)
    lock.unlock()
    if let failure { throw failure }
    if let known {
      return try load(known, source: source, format: format)
    }
    if let response {
      return try WebSources.article(from: response, source: source, format: format)
    }
    if Fetcher.isWebAddress(source) {
      return try WebSources.article(from: fetcher.fetch(source), source: source, format: format)
    }
    return try ArticleLoader.load(source, format: format, limits: limits)
  }

  private func load(_ known: Known, source: String, format: SourceFormat?) throws
    -> ArticleLoader.Loaded
  {
    let entry = known.entry
    var loaded: ArticleLoader.Loaded
    if let content = entry.content {
      loaded = try WebSources.article(from: content, title: entry.title, source: source)
    } else if let link = entry.link {
      loaded = try WebSources.article(from: fetcher.fetch(link), source: source, format: format)
    } else if let summary = entry.summary {
      loaded = try WebSources.article(from: summary, title: entry.title, source: source)
    } else {
      throw FeedError(source: source, reason: "the feed entry has neither content nor a link")
    }
    // The list shows the feed's title before and after the entry is read; the feed's
    // date, name and author fill in what the page does not say.
    loaded.article.title = entry.title ?? loaded.article.title
    loaded.article.date = loaded.article.date ?? entry.date
    loaded.article.siteName = loaded.article.siteName ?? known.feed
    loaded.article.url = loaded.article.url ?? entry.link
    if loaded.article.byline == nil, let author = entry.author {
      loaded.article.byline = author
      loaded.article.authors = [author]
    }
    return loaded
  }

  /// An article from a body fetched from the web; its content type decides the format
  /// (`format`, from `--format-in`, overrides it for articles).
  public static func article(from response: WebResponse, source: String, format: SourceFormat?)
    throws -> ArticleLoader.Loaded
  {
    let content = WebContent(response)
    let chosen: SourceFormat
    switch content {
    case .article(let detected): chosen = format ?? detected
    case .feed:
      throw FeedError(source: source, reason: "is a feed: open it as a list (quoth \(source))")
    case .unsupported(let type):
      throw FetchError(url: source, cause: .unsupportedContent(type))
    }
    let body = WebContent.utf8Body(response)
    var loaded = try ArticleLoader.article(fromBytes: body.bytes, source: source, format: chosen)
    if body.replaced > 0 {
      loaded.warnings.append(
        "\(source): \(body.replaced) sequence(s) invalid in \(response.charset ?? "") replaced with U+FFFD"
      )
    }
    loaded.article.url = loaded.article.url ?? response.finalURL
    return loaded
  }

  /// An article from the content a feed carries.
  static func article(from content: FeedEntry.Content, title: String?, source: String) throws
    -> ArticleLoader.Loaded
  {
    switch content {
    case .html(let html):
      let page =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><article>"
        + html + "</article></body></html>"
      return try ArticleLoader.article(fromBytes: Array(page.utf8), source: source, format: .html)
    case .text(let text):
      return try ArticleLoader.article(fromBytes: Array(text.utf8), source: source, format: .text)
    }
  }
}
