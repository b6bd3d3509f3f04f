/// What an element's `class` and `id` say about it, the way Readability and
/// trafilatura read them: article/content/story/body versus nav, footer, comments,
/// share bars, related lists, promos, sidebars, cookie banners and newsletters.
struct ClassHints {
  /// Names that mark the story itself.
  var positive = false
  /// Names that mark site furniture.
  var negative = false
  /// Names of furniture that is never the story (comments, share bars, cookie banners…):
  /// such an element is dropped with everything in it.
  var unlikely = false

  init() {}

  /// Reads the lower-cased `class` and `id` values, separated by a space.
  init(_ names: String) {
    guard !names.isEmpty else { return }
    positive = Self.positiveWords.contains { names.contains($0) }
    negative = Self.negativeWords.contains { names.contains($0) }
    if Self.hiddenClasses.contains(where: { names.split(separator: " ").contains(Substring($0)) }) {
      unlikely = true
      negative = true
      return
    }
    let mayBeStory = Self.maybeStoryWords.contains { names.contains($0) }
    unlikely =
      Self.neverStoryWords.contains { names.contains($0) }
      || (!mayBeStory && Self.unlikelyWords.contains { names.contains($0) })
  }

  /// Readability's class weight: +25 for the story, −25 for furniture.
  var weight: Double { (positive ? 25 : 0) - (negative ? 25 : 0) }

  private static let positiveWords = [
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story",
  ]
  private static let negativeWords = [
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "caption", "credit",
    "newsletter", "subscribe", "cookie", "social", "byline", "author", "breadcrumb", "taboola",
  ]
  private static let unlikelyWords = [
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "consent",
    "newsletter", "share", "sharing", "promo", "outbrain", "taboola", "recommend", "most-popular",
    "mostpopular", "trending", "subscribe", "signup", "sign-up", "paywall", "nav",
  ]
  /// Class names that hide an element (CSS frameworks) or show it to screen readers only.
  private static let hiddenClasses = [
    "hidden", "hide", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
    "screenreader-only", "offscreen", "d-none",
  ]
  /// Names of furniture dropped even inside something named like the story
  /// (`article-comments`, `post-share-bar`).
  private static let neverStoryWords = [
    "comment", "disqus", "cookie", "consent", "newsletter", "outbrain", "taboola", "share-",
    "sharing", "gallery", "slideshow", "carousel", "caption", "credit",
  ]
  /// Names that keep an element even when it also carries an unlikely name
  /// (`article-header`, `main-nav-wrapper` around the content, …).
  private static let maybeStoryWords = [
    "and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post",
    "embed", "tweet",
  ]
}
