import Foundation

/// A link the article carries: the words linked and the address they lead to (absolute
/// when the page's address or `<base>` is known).
public struct ArticleLink: Hashable, Sendable {
  /// The linked words; for a bare address in text, the address itself.
  public var text: String
  public var url: String

  public init(text: String, url: String) {
    self.text = text
    self.url = url
  }

  /// `href` made absolute against `base` (the page's `<base>` or address); nil for a link
  /// that leads nowhere to read (`#top`, `javascript:`, `mailto:`, empty).
  public static func resolved(_ href: String, against base: String?) -> String? {
    resolved(href, against: base.flatMap { URL(string: $0) })
  }

  /// `href` made absolute against `baseURL`, parsed once for all the links of a page.
  static func resolved(_ href: String, against baseURL: URL?) -> String? {
    let trimmed = href.trimmedOfWhitespace
    guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
    guard let url = URL(string: trimmed, relativeTo: baseURL) else { return nil }
    let address = url.absoluteString
    let scheme = url.scheme?.lowercased()
    if scheme == nil { return baseURL == nil ? trimmed : nil }
    return scheme == "http" || scheme == "https" ? address : nil
  }

  /// What a page's relative links are read against: its `<base href>` (itself read against
  /// the page's address), else the page's address; nil when neither is known.
  public static func base(_ baseHref: String?, of address: String?) -> String? {
    guard let baseHref, let resolved = resolved(baseHref, against: address),
      resolved.lowercased().hasPrefix("http")
    else { return address }
    return resolved
  }

  /// The bare web addresses in plain text (`https://…`), in order, without the
  /// punctuation that closes a sentence or a bracket after them; at most `limit`. One pass
  /// over the UTF-8 (a large file costs a scan); an address ends at a space, a control,
  /// `<`, `>`, `"` or a non-ASCII character (curly quotes, no-break spaces).
  public static func bareAddresses(in text: String, limit: Int = 1000) -> [ArticleLink] {
    var text = text
    return text.withUTF8 { bytes in
      var found: [ArticleLink] = []
      var index = 0
      while index + 8 <= bytes.count && found.count < limit {
        guard let start = schemeStart(bytes, from: index) else { break }
        index = start
        let afterScheme = schemeEnd(bytes, at: start)!
        var end = afterScheme
        while end < bytes.count && !endsAddress(bytes[end]) { end += 1 }
        let next = end
        let hasOpening = bytes[afterScheme..<end].contains(UInt8(ascii: "("))
        while end > afterScheme && closesSentence(bytes[end - 1], keepingParenthesis: hasOpening) {
          end -= 1
        }
        if end > afterScheme {
          let address = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
          found.append(ArticleLink(text: address, url: address))
        }
        index = next
      }
      return found
    }
  }

  /// The first offset from `index` on where `http://` or `https://` starts with at least
  /// eight bytes left, found by the colons (rare in text) rather than at every h: a
  /// scheme's colon stands four or five bytes after its start.
  private static func schemeStart(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var colon = index + 4
    while colon < bytes.count {
      guard let found = memchr(base + colon, Int32(UInt8(ascii: ":")), bytes.count - colon) else {
        return nil
      }
      colon = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      for start in (colon - 5)...(colon - 4)
      where start >= index && start + 8 <= bytes.count && schemeEnd(bytes, at: start) != nil {
        return start
      }
      colon += 1
    }
    return nil
  }

  /// Where `http://` or `https://` (in any case) starting at `index` ends; nil when none does.
  private static func schemeEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard bytes[index] | 0x20 == UInt8(ascii: "h") else { return nil }
    var position = index
    for letter in "http".utf8 {
      guard position < bytes.count, bytes[position] | 0x20 == letter else { return nil }
      position += 1
    }
    if position < bytes.count && bytes[position] | 0x20 == UInt8(ascii: "s") { position += 1 }
    for mark in "://".utf8 {
      guard position < bytes.count, bytes[position] == mark else { return nil }
      position += 1
    }
    return position
  }

  /// Punctuation after an address that belongs to the sentence: `.,;:!?'`, and `)` when
  /// the address has no `(` of its own.
  private static func closesSentence(_ byte: UInt8, keepingParenthesis: Bool) -> Bool {
    if byte == UInt8(ascii: ")") { return !keepingParenthesis }
    return ".,;:!?'".utf8.contains(byte)
  }

  private static func endsAddress(_ byte: UInt8) -> Bool {
    byte <= 0x20 || byte >= 0x7F || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
      || byte == UInt8(ascii: "\"")
  }
}
