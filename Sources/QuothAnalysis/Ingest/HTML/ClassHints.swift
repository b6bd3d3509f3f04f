/// What an element's `class` and `id` say about it, the way Readability and
/// trafilatura read them: article/content/story/body versus nav, footer, comments,
/// share bars, related lists, promos, sidebars, cookie banners and newsletters.
struct ClassHints {
  /// Names that mark the story itself.
  var positive = false
  /// Names that mark site furniture.
  var negative = false
  /// Names of furniture (menus, headers, ads, comments, share bars, cookie banners…):
  /// such an element is dropped with everything in it, unless it holds a story's
  /// worth of paragraphs.
  var unlikely = false
  /// Names of furniture that is never the story, however long (comments, captions,
  /// share bars, hidden elements): dropped in any case.
  var certain = false
  /// Names of players, hover cards and pull quotes inside a story: kept, shown dimmed,
  /// never story text.
  var embed = false
  /// Names of an embedded post (a tweet, an Instagram post): its paragraphs are quoted by
  /// the story, its other lines (author, handle, date) are the post's furniture.
  var embeddedPost = false

  init() {}

  /// Reads the lower-cased `class` or `id` value.
  init(_ names: String) {
    self.init(Words(names))
  }

  /// Reads an element's `class` and `id` together.
  init(_ words: Words...) {
    let found = words.reduce(into: Words()) { $0.formUnion($1) }
    if found.contains(.hidden) {
      unlikely = true
      certain = true
      negative = true
      return
    }
    positive = found.contains(.positive)
    negative = found.contains(.negative)
    certain = found.contains(.neverStory)
    embed = found.contains(.embed)
    embeddedPost = found.contains(.embeddedPost)
    unlikely = certain || (!found.contains(.maybeStory) && found.contains(.unlikely))
  }

  /// Which lists of names one `class` or `id` value matches. Pages repeat the same
  /// values many times, so the collector reads each distinct value once.
  struct Words: OptionSet {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }
    static let positive = Words(rawValue: 1)
    static let negative = Words(rawValue: 2)
    static let unlikely = Words(rawValue: 4)
    static let neverStory = Words(rawValue: 8)
    static let maybeStory = Words(rawValue: 16)
    static let hidden = Words(rawValue: 32)
    static let embed = Words(rawValue: 64)
    static let embeddedPost = Words(rawValue: 128)

    init(_ names: String) {
      self = []
      guard !names.isEmpty else { return }
      let bytes = Array(names.utf8)
      // One pass over the value, trying only the names that start with each byte.
      for start in bytes.indices {
        for (needle, words) in ClassHints.namesByFirstByte[Int(bytes[start])]
        where !isSuperset(of: words) && start + needle.count <= bytes.count {
          var matched = 1
          while matched < needle.count && bytes[start + matched] == needle[matched] { matched += 1 }
          if matched == needle.count { formUnion(words) }
        }
      }
      // Split as bytes: splitting a String by Characters is many times slower.
      // Compared as bytes: no String is made or hashed for each name.
      if bytes.split(separator: UInt8(ascii: " ")).contains(where: { name in
        ClassHints.hiddenClasses.contains { name.elementsEqual($0) }
      }) {
        insert(.hidden)
      }
    }
  }

  /// Every name of every list, by its first byte, with the lists it belongs to.
  fileprivate static let namesByFirstByte: [[(name: [UInt8], words: Words)]] = {
    var table = Array(repeating: [(name: [UInt8], words: Words)](), count: 256)
    let lists: [([[UInt8]], Words)] = [
      (positiveWords, .positive), (negativeWords, .negative), (unlikelyWords, .unlikely),
      (neverStoryWords, .neverStory), (maybeStoryWords, .maybeStory), (embedWords, .embed),
      (embeddedPostWords, .embeddedPost),
    ]
    for (names, words) in lists {
      for name in names {
        if let index = table[Int(name[0])].firstIndex(where: { $0.name == name }) {
          table[Int(name[0])][index].words.formUnion(words)
        } else {
          table[Int(name[0])].append((name, words))
        }
      }
    }
    return table
  }()

  /// Readability's class weight: +25 for the story, −25 for furniture.
  var weight: Double { (positive ? 25 : 0) - (negative ? 25 : 0) }

  fileprivate static let positiveWords = bytes([
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story",
  ])
  fileprivate static let negativeWords = bytes([
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "caption", "credit",
    "newsletter", "subscribe", "cookie", "social", "byline", "author", "breadcrumb", "taboola",
  ])
  fileprivate static let unlikelyWords = bytes([
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "consent",
    "newsletter", "share", "sharing", "promo", "outbrain", "taboola", "recommend", "most-popular",
    "mostpopular", "trending", "subscribe", "signup", "sign-up", "paywall", "nav",
  ])
  /// Class names that hide an element (CSS frameworks) or show it to screen readers only.
  fileprivate static let hiddenClasses = bytes([
    "hidden", "hide", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
    "screenreader-only", "offscreen", "d-none",
  ])
  /// Names of furniture dropped even inside something named like the story
  /// (`article-comments`, `post-share-bar`).
  fileprivate static let neverStoryWords = bytes([
    "comment", "disqus", "cookie", "consent", "newsletter", "outbrain", "taboola", "share-",
    "sharing", "gallery", "slideshow", "carousel", "caption", "credit", "related",
  ])
  /// Names that keep an element even when it also carries an unlikely name
  /// (`article-header`, `main-nav-wrapper` around the content, …).
  fileprivate static let maybeStoryWords = bytes([
    "and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post",
    "embed", "tweet",
  ])

  /// Names of video players, hover cards and pull quotes. Embedded posts (tweets,
  /// Instagram) are not among them: a story quotes them as it quotes a speaker.
  /// Names of embedded posts, as the networks' embed codes write them.
  fileprivate static let embeddedPostWords = bytes([
    "twitter-tweet", "instagram-media", "tiktok-embed", "fb-post",
  ])

  fileprivate static let embedWords = bytes([
    "video-player", "videoplayer", "jwplayer", "player-wrap", "hovercard", "hover-card",
    "tooltip", "popover", "pullquote", "pull-quote",
  ])

  private static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
}
