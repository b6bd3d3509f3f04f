import Foundation

/// One run of text between block boundaries: a paragraph, heading, list item,
/// block quote or table cell, with its whitespace normalised.
struct HTMLBlock {
  enum Kind: Equatable {
    case paragraph, heading, listItem, quote, preformatted, cell
    /// Text sitting directly in a `<div>` or another container.
    case loose
  }

  var text: String
  var kind: Kind
  /// 1…6 for headings, else 0.
  var headingLevel = 0
  /// The element that holds the text: its nearest block-level ancestor.
  var element: Int
  /// Unicode scalars in `text`, and how many of them sit inside links.
  var chars: Int
  var linkChars: Int
  /// Of `linkChars`, those inside links to the page's own site (or relative links):
  /// navigation and teasers. Links to other sites (sources, shops, posts) are story text.
  var siteLinkChars: Int
  var commas: Int
  /// Words: runs of text between spaces.
  var words: Int
  var inQuote: Bool
  /// Inside an embed (a tweet, a video player, a "read more" card, a hover card) or a
  /// picture's caption: shown dimmed, never story text.
  var isAside = false

  var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
  /// The share of the text in links to the page's own site.
  var siteLinkDensity: Double { chars == 0 ? 0 : Double(siteLinkChars) / Double(chars) }
}

/// A block-level element kept after pruning.
struct HTMLElement {
  var tag: HTMLTag
  var parent: Int
  var hints: ClassHints
  /// The `class` attribute, lower-cased.
  var className: String
  /// Blocks inside this element: `blocksStart..<blocksEnd` (document order).
  var blocksStart: Int
  var blocksEnd: Int
  /// Elements inside this element: `index + 1..<subtreeEnd`.
  var subtreeEnd: Int
}

/// What the page says about itself, gathered while walking it.
struct HTMLMetadataSource {
  var title: String?
  /// `<meta>` values by lower-cased `name`, `property` or `itemprop`; first one wins.
  var meta: [String: String] = [:]
  /// The text of each `<script type="application/ld+json">`.
  var jsonLD: [String] = []
  /// The texts of the page's `<h1>` headings, in document order.
  var pageHeadings: [String] = []
  /// `<link rel="canonical">`.
  var canonical: String?
  /// The address of `<base href>`: relative links are read against it.
  var base: String?
  /// `<html lang>`.
  var lang: String?
  /// The `datetime` of the first `<time>` element.
  var timeElement: String?
}

/// Walks a parsed page once and flattens it into elements and text blocks,
/// dropping what is never article text: scripts, styles, forms controls, hidden
/// elements, and (when `pruneFurniture` is on) navigation, asides, footers and
/// elements whose class or id names furniture.
struct HTMLBlockCollector {
  let document: HTMLDocument
  /// The document's nodes (read often: kept at hand).
  private let nodes: [HTMLNode]
  private(set) var elements: [HTMLElement] = []
  private(set) var blocks: [HTMLBlock] = []
  private(set) var metadata = HTMLMetadataSource()
  /// The page's links, each with the block its words are in (`HTMLIngest` keeps the story's).
  private(set) var links: [HTMLLink] = []
  let pruneFurniture: Bool

  private var buffer: [UInt8] = []
  private var bufferChars = 0
  private var bufferLinkChars = 0
  private var bufferSiteLinkChars = 0
  private var bufferCommas = 0
  private var bufferSpaces = 0
  private var pendingSpace = false
  private var linkDepth = 0
  /// How many of the enclosing links lead elsewhere on the page's own site.
  private var siteLinkDepth = 0
  /// The page's own host without `www.`, from its canonical address, once known.
  private var siteHost: [UInt8]?
  private var quoteDepth = 0
  /// How many embeds and captions enclose the current node.
  private var asideDepth = 0
  /// The innermost embedded post (a tweet) around the current node, or -1: text held by
  /// the post itself rather than by one of its paragraphs is its furniture.
  private var embeddedPost = -1
  private var currentElement = -1
  /// Pages repeat the same class names many times: read each combination once.
  private var wordCache: [String: ClassHints.Words] = [:]

  init(document: HTMLDocument, pruneFurniture: Bool) {
    self.document = document
    nodes = document.nodes
    self.pruneFurniture = pruneFurniture
  }

  /// Collects the blocks of the page.
  mutating func collect() {
    buffer.reserveCapacity(4096)
    visit(document.root)
    flush()
  }

  private mutating func visit(_ node: Int) {
    let tag = nodes[node].tag
    switch tag {
    case .head:
      readHead(node)
      return
    case .title:
      if metadata.title == nil { metadata.title = document.textContent(of: node) }
      return
    case .meta:
      readMeta(node)
      return
    case .script:
      readScript(node)
      return
    case .html:
      if metadata.lang == nil { metadata.lang = document.attributeString(node, "lang") }
    case .time:
      if metadata.timeElement == nil {
        metadata.timeElement = document.attributeString(node, "datetime")
      }
    case .link:
      readLink(node)
      return
    case .dropped, .style:
      return
    case .nav, .aside, .footer:
      if pruneFurniture { return }
    default:
      break
    }
    let attributes = ElementAttributes(node, in: document)
    if attributes.isHidden { return }
    let hints = classHints(of: attributes, tag: tag)
    if pruneFurniture && hints.hints.unlikely && !isStructural(tag) {
      // A name can mislead ("page-ad-margins" around everything): an element
      // holding a story's worth of paragraphs stays, and scoring decides.
      if hints.hints.certain || paragraphBytes(in: node, upTo: Self.storyWorth) < Self.storyWorth {
        return
      }
    }
    if tag == .h1 { metadata.pageHeadings.append(normalised(document.textContent(of: node))) }

    guard tag.isBlock else {
      guard tag == .a else {
        visitChildren(node)
        return
      }
      if links.count < HTMLLink.limit { links.append(HTMLLink(block: blocks.count, node: node)) }
      let isSiteLink = leadsWithinSite(node)
      linkDepth += 1
      if isSiteLink { siteLinkDepth += 1 }
      visitChildren(node)
      linkDepth -= 1
      if isSiteLink { siteLinkDepth -= 1 }
      return
    }
    flush()
    if tag == .br || tag == .hr { return }
    let index = elements.count
    elements.append(
      HTMLElement(
        tag: tag, parent: currentElement, hints: hints.hints, className: hints.className,
        blocksStart: blocks.count, blocksEnd: blocks.count, subtreeEnd: index + 1))
    let outer = currentElement
    currentElement = index
    // An embed that holds a story's worth of paragraphs is a wrapper named oddly.
    let isAside =
      tag == .figcaption
      || (hints.hints.embed && paragraphBytes(in: node, upTo: Self.storyWorth) < Self.storyWorth)
    if tag == .blockquote { quoteDepth += 1 }
    if isAside { asideDepth += 1 }
    let outerPost = embeddedPost
    if hints.hints.embeddedPost { embeddedPost = index }
    visitChildren(node)
    flush()
    embeddedPost = outerPost
    if tag == .blockquote { quoteDepth -= 1 }
    if isAside { asideDepth -= 1 }
    currentElement = outer
    elements[index].blocksEnd = blocks.count
    elements[index].subtreeEnd = elements.count
  }

  private mutating func visitChildren(_ node: Int) {
    var child = node + 1
    let end = Int(nodes[node].end)
    while child < end {
      if nodes[child].isText {
        append(document.text(of: child))
      } else {
        visit(child)
      }
      child = Int(nodes[child].end)
    }
  }

  /// Bytes of paragraph text that keep an element named like furniture.
  private static let storyWorth = 1500

  /// Bytes of text inside `<p>` elements under `node`, counted up to `limit`.
  private func paragraphBytes(in node: Int, upTo limit: Int) -> Int {
    var total = 0
    var paragraphEnd = 0
    var index = node + 1
    let end = Int(nodes[node].end)
    while index < end && total < limit {
      let current = nodes[index]
      if current.isText {
        if index < paragraphEnd { total += Int(current.count) }
      } else if current.tag == .p && index >= paragraphEnd {
        paragraphEnd = Int(current.end)
      }
      index += 1
    }
    return total
  }

  /// True unless the link's address names another site than the page's own: relative
  /// addresses, other schemes than the web's (`javascript:`, `whatsapp:`, `mailto:`) and
  /// links on a page whose address is unknown count as the site's own.
  private mutating func leadsWithinSite(_ link: Int) -> Bool {
    if siteHost == nil {
      siteHost =
        (metadata.canonical ?? metadata.meta["og:url"]).map { Self.host(Array($0.utf8)) } ?? []
    }
    guard let href = document.attribute(link, "href"), let site = siteHost, !site.isEmpty else {
      return true
    }
    var bytes: [UInt8] = []
    var pointer = href
    while pointer.pointee != 0 && bytes.count < 300 {
      bytes.append(pointer.pointee)
      pointer += 1
    }
    let host = Self.host(bytes)
    guard !host.isEmpty else { return true }
    // The same host, or one a subdomain of the other.
    let (short, long) = host.count <= site.count ? (host, site) : (site, host)
    guard long.suffix(short.count).elementsEqual(short) else { return false }
    return long.count == short.count || long[long.count - short.count - 1] == UInt8(ascii: ".")
  }

  /// The lower-cased host of an `http(s)://` or scheme-relative (`//`) address, without
  /// `www.`; empty for a relative address or another scheme.
  static func host(_ address: [UInt8]) -> [UInt8] {
    let start = address.firstIndex { $0 != 0x20 } ?? address.count
    let rest = address[start...]
    let slashes: Int
    if rest.starts(with: "//".utf8) {
      slashes = start
    } else if isWeb(address), let colon = rest.firstIndex(of: UInt8(ascii: ":")),
      address[(colon + 1)...].starts(with: "//".utf8)
    {
      slashes = colon + 1
    } else {
      return []
    }
    var host: [UInt8] = []
    var index = slashes + 2
    while index < address.count {
      let byte = address[index]
      if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
        || byte == UInt8(ascii: ":")
      {
        break
      }
      host.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      index += 1
    }
    if let at = host.lastIndex(of: UInt8(ascii: "@")) { host.removeSubrange(...at) }
    if host.starts(with: Array("www.".utf8)) { host.removeFirst(4) }
    return host
  }

  /// True when the address starts with `http:` or `https:` (any case).
  private static func isWeb(_ address: [UInt8]) -> Bool {
    let lower = address.drop { $0 == 0x20 }.prefix(6).map { $0 | 0x20 }
    return lower.starts(with: "http:".utf8) || lower.starts(with: "https:".utf8)
  }

  private func isStructural(_ tag: HTMLTag) -> Bool {
    tag == .html || tag == .body || tag == .article || tag == .main
  }

  private mutating func classHints(of attributes: ElementAttributes, tag: HTMLTag) -> (
    hints: ClassHints, className: String
  ) {
    let className = attributes.className.map(HTMLBytes.lowercased) ?? ""
    let id = attributes.id.map(HTMLBytes.lowercased) ?? ""
    var hints = ClassHints(words(className), words(id))
    if let role = attributes.role.map(HTMLBytes.lowercased) {
      switch role {
      case "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu",
        "menubar", "search":
        hints.negative = true
        hints.unlikely = true
      case "main", "article":
        hints.positive = true
      default: break
      }
    }
    if tag == .article || tag == .main { hints.positive = true }
    return (hints, className)
  }

  private mutating func words(_ names: String) -> ClassHints.Words {
    if names.isEmpty { return [] }
    if let known = wordCache[names] { return known }
    let found = ClassHints.Words(names)
    wordCache[names] = found
    return found
  }

  private mutating func readHead(_ node: Int) {
    var child = node + 1
    let end = Int(nodes[node].end)
    while child < end {
      if !nodes[child].isText {
        switch nodes[child].tag {
        case .title: if metadata.title == nil { metadata.title = document.textContent(of: child) }
        case .meta: readMeta(child)
        case .script: readScript(child)
        case .link: readLink(child)
        case .base:
          if metadata.base == nil { metadata.base = document.attributeString(child, "href") }
        default: break
        }
      }
      child = Int(nodes[child].end)
    }
  }

  /// The text of a `<script type="application/ld+json">`.
  private mutating func readScript(_ node: Int) {
    if let type = document.attribute(node, "type"), HTMLBytes.lowercased(type).contains("ld+json") {
      metadata.jsonLD.append(document.textContent(of: node))
    }
  }

  /// The canonical address from `<link rel="canonical">`.
  private mutating func readLink(_ node: Int) {
    if metadata.canonical == nil, let rel = document.attribute(node, "rel"),
      HTMLBytes.lowercased(rel) == "canonical"
    {
      metadata.canonical = document.attributeString(node, "href")
    }
  }

  private mutating func readMeta(_ node: Int) {
    guard let content = document.attributeString(node, "content") else { return }
    let key =
      document.attribute(node, "property") ?? document.attribute(node, "name")
      ?? document.attribute(node, "itemprop")
    guard let key else { return }
    let name = HTMLBytes.lowercased(key)
    if metadata.meta[name] == nil { metadata.meta[name] = content }
  }

  // MARK: Text

  /// Appends a text node, collapsing white space (including no-break and other
  /// Unicode spaces) and dropping soft hyphens and zero-width characters.
  private mutating func append(_ content: UnsafePointer<UInt8>) {
    var pointer = content
    while true {
      let byte = pointer.pointee
      if byte == 0 { break }
      var width = 1
      var isSpace = false
      var isInvisible = false
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C: isSpace = true
      case 0xC2:
        let next = pointer[1]
        if next == 0xA0 {
          isSpace = true
          width = 2
        }
        if next == 0xAD {
          isInvisible = true
          width = 2
        }
      case 0xE2:
        if pointer[1] == 0x80 {
          let third = pointer[2]
          if (0x80...0x8A).contains(third) || third == 0xAF || third == 0xA8 || third == 0xA9 {
            isSpace = true
            width = 3
          } else if (0x8B...0x8D).contains(third) || third == 0x8E || third == 0x8F {
            isInvisible = true
            width = 3
          }
        }
      case 0xE3:
        if pointer[1] == 0x80 && pointer[2] == 0x80 {
          isSpace = true
          width = 3
        }
      case 0xEF:
        if pointer[1] == 0xBB && pointer[2] == 0xBF {
          isInvisible = true
          width = 3
        }
      default: break
      }
      if isSpace {
        pendingSpace = true
      } else if !isInvisible {
        if pendingSpace && !buffer.isEmpty {
          appendByte(0x20)
          bufferSpaces += 1
        }
        pendingSpace = false
        appendByte(byte)
      }
      if isSpace || isInvisible { pointer += width } else { pointer += 1 }
    }
  }

  private mutating func appendByte(_ byte: UInt8) {
    buffer.append(byte)
    if byte & 0xC0 != 0x80 {
      bufferChars += 1
      if linkDepth > 0 { bufferLinkChars += 1 }
      if siteLinkDepth > 0 { bufferSiteLinkChars += 1 }
    }
    if byte == UInt8(ascii: ",") { bufferCommas += 1 }
  }

  /// Ends the current run of inline text as a block of the element that holds it.
  private mutating func flush() {
    defer {
      buffer.removeAll(keepingCapacity: true)
      bufferChars = 0
      bufferLinkChars = 0
      bufferSiteLinkChars = 0
      bufferCommas = 0
      bufferSpaces = 0
      pendingSpace = false
    }
    guard !buffer.isEmpty, currentElement >= 0 else { return }
    let holder = elements[currentElement].tag
    var kind = HTMLBlock.Kind.loose
    var level = 0
    switch holder {
    case .p: kind = .paragraph
    case .h1: (kind, level) = (.heading, 1)
    case .h2: (kind, level) = (.heading, 2)
    case .h3: (kind, level) = (.heading, 3)
    case .h4: (kind, level) = (.heading, 4)
    case .h5: (kind, level) = (.heading, 5)
    case .h6: (kind, level) = (.heading, 6)
    case .li, .dt, .dd: kind = .listItem
    case .blockquote: kind = .quote
    case .pre: kind = .preformatted
    case .td, .th: kind = .cell
    default: kind = .loose
    }
    blocks.append(
      HTMLBlock(
        text: String(decoding: buffer, as: UTF8.self), kind: kind, headingLevel: level,
        element: currentElement, chars: bufferChars, linkChars: bufferLinkChars,
        siteLinkChars: bufferSiteLinkChars, commas: bufferCommas, words: bufferSpaces + 1,
        inQuote: quoteDepth > 0,
        isAside: asideDepth > 0 || currentElement == embeddedPost))
  }

  /// Collapses white space in text read outside the walk (titles, meta values).
  private func normalised(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}

/// A link of the page: its block (the index the block its words go into gets) and its
/// element, read only when the block is the story's.
struct HTMLLink {
  var block: Int
  var node: Int

  /// Links noted on one page, at most (a page of a million anchors keeps the first).
  static let limit = 5000
  /// Characters of linked words kept.
  static let longestText = 300

  /// The link as the article keeps it, its address resolved against `base`; nil without
  /// an `href`, or one that leads nowhere to read.
  func articleLink(in document: HTMLDocument, base: URL?) -> ArticleLink? {
    guard let href = document.attributeString(node, "href"),
      let url = ArticleLink.resolved(href, against: base)
    else { return nil }
    let words = document.textContent(of: node).split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    return ArticleLink(text: words.isEmpty ? url : String(words.prefix(Self.longestText)), url: url)
  }
}

/// The attributes the collector reads on every element, found in one walk over them.
private struct ElementAttributes {
  var className: UnsafePointer<UInt8>?
  var id: UnsafePointer<UInt8>?
  var role: UnsafePointer<UInt8>?
  private var style: UnsafePointer<UInt8>?
  private var hidden = false
  private var ariaHidden = false

  init(_ node: Int, in document: HTMLDocument) {
    for (name, value) in document.attributes(of: node) {
      switch name[0] | 0x20 {
      case UInt8(ascii: "c"): if HTMLBytes.equal(name, "class") { className = value }
      case UInt8(ascii: "i"): if HTMLBytes.equal(name, "id") { id = value }
      case UInt8(ascii: "r"): if HTMLBytes.equal(name, "role") { role = value }
      case UInt8(ascii: "s"): if HTMLBytes.equal(name, "style") { style = value }
      case UInt8(ascii: "h"): if HTMLBytes.equal(name, "hidden") { hidden = true }
      case UInt8(ascii: "a"):
        if HTMLBytes.equal(name, "aria-hidden"), HTMLBytes.equal(value, "true") {
          ariaHidden = true
        }
      default: break
      }
    }
  }

  /// Hidden by the `hidden` attribute, `aria-hidden="true"`, or an inline style of
  /// `display:none` or `visibility:hidden` (ignoring case and spaces).
  var isHidden: Bool {
    if hidden || ariaHidden { return true }
    guard let style else { return false }
    var css: [UInt8] = []
    var pointer = style
    while pointer.pointee != 0 {
      let byte = pointer.pointee
      if byte != 0x20 { css.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
      pointer += 1
    }
    return HTMLBytes.contains(css, Array("display:none".utf8))
      || HTMLBytes.contains(css, Array("visibility:hidden".utf8))
  }
}
