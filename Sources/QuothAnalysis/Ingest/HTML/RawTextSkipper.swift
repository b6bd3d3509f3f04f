import Foundation

/// Takes out of a page, before `HTMLParser` reads it, the bytes it would read only for the
/// extractor to throw away: the contents of `<script>` (all but JSON-LD), `<style>` and
/// `<svg>`, often half of a news page, and the quoted attributes the extractor never
/// reads (`data-*`, `srcset`, `onclick`, …). The elements themselves stay, so the tree keeps its shape. The scan
/// follows libxml2's own reading: comments and quoted attribute values are stepped over
/// whole, a script ends at the first `</script` whatever follows it, and `<script/>`
/// holds nothing. Anything it cannot follow (an unclosed comment, quote or element) ends
/// the scan and keeps the rest as it is.
enum RawTextSkipper {
  /// `bytes` (ASCII-compatible: UTF-8 by now) without the skipped contents.
  static func slimmed(_ bytes: [UInt8]) -> [UInt8] {
    let kept = bytes.withUnsafeBufferPointer { page in
      var scanner = Scanner(page: page)
      return scanner.slimmed()
    }
    // A page with nothing to drop is handed back, not copied: it may be megabytes.
    return kept ?? bytes
  }

  private struct Scanner {
    let page: UnsafeBufferPointer<UInt8>
    var kept: [UInt8] = []
    /// Where the bytes not yet copied to `kept` begin.
    var copyFrom = 0
    /// The current start tag's attribute bytes to drop, in order.
    var unreadAttributes: [Range<Int>] = []

    init(page: UnsafeBufferPointer<UInt8>) {
      self.page = page
    }

    /// The page without what is skipped; nil when nothing is.
    mutating func slimmed() -> [UInt8]? {
      var index = 0
      while let open = next(UInt8(ascii: "<"), from: index) {
        guard let after = step(over: open) else { break }
        index = after
      }
      if copyFrom == 0 { return nil }
      kept.append(contentsOf: page[copyFrom...])
      return kept
    }

    /// Steps over the markup at `open` (a `<`), dropping the contents of a skipped
    /// element; nil when the rest of the page cannot be followed.
    private mutating func step(over open: Int) -> Int? {
      if matches("<!--", at: open) {
        return find("-->", from: open + 4).map { $0 + 3 }
      }
      guard open + 1 < page.count, isLetter(page[open + 1]) else { return open + 1 }
      let name = open + 1
      let isUnread =
        Self.isUnreadElementInitial[Int(page[name] | 0x20)]
        && Self.unreadElements.contains { isTag($0, at: name) }
      guard let (end, selfClosing) = startTagEnd(from: name, keepingNone: isUnread) else {
        return nil
      }
      for attribute in unreadAttributes { drop(attribute) }
      if selfClosing { return end }
      if isTag("script", at: name) {
        guard let close = find("</script", from: end) else { return nil }
        // Linked data is read whole: nothing inside it is markup.
        if !contains("ld+json", in: name..<end) { drop(end..<close) }
        return close
      }
      if isTag("style", at: name) {
        guard let close = find("</style", from: end) else { return nil }
        drop(end..<close)
        return close
      }
      if isTag("svg", at: name) {
        guard let close = svgEnd(from: end) else { return nil }
        drop(end..<close)
        return close
      }
      return end
    }

    /// The end of the start tag whose name begins at `name` (after its `>`), and whether
    /// it closes itself (`/>` after the name, a space or a quoted value: in `src=a/>`
    /// the slash belongs to the value); nil when a quote or the tag never closes.
    /// Notes the tag's quoted attributes that nobody reads in `unreadAttributes` (all of
    /// them when `keepingNone`).
    private mutating func startTagEnd(from name: Int, keepingNone: Bool = false) -> (
      end: Int, selfClosing: Bool
    )? {
      unreadAttributes.removeAll(keepingCapacity: true)
      var index = name
      var inName = true
      while index < page.count {
        let byte = page[index]
        if byte == UInt8(ascii: ">") {
          guard index > name, page[index - 1] == UInt8(ascii: "/") else {
            return (index + 1, false)
          }
          let before = page[index - 2]
          let closes =
            inName || isSpace(before) || before == UInt8(ascii: "\"") || before == UInt8(ascii: "'")
          return (index + 1, closes)
        }
        if isSpace(byte) { inName = false }
        if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
          && index > name && isAttributeValueStart(index)
        {
          guard let close = next(byte, from: index + 1) else { return nil }
          if let unread = unreadAttribute(valueAt: index, closedAt: close, any: keepingNone) {
            unreadAttributes.append(unread)
          }
          index = close + 1
          continue
        }
        index += 1
      }
      return nil
    }

    /// The bytes of the attribute whose quoted value opens at `quote` and closes at `close`,
    /// from its name to its closing quote, when nobody reads it. Only an attribute libxml2
    /// reads as one is dropped: a name of its own characters after a space (not the
    /// unquoted value of the attribute before), shorter than the 100 bytes libxml2 reads of
    /// a name. `any`: dropped whatever its name.
    private func unreadAttribute(valueAt quote: Int, closedAt close: Int, any: Bool) -> Range<Int>?
    {
      var nameEnd = quote - 1
      while isSpace(page[nameEnd]) { nameEnd -= 1 }  // to the `=`
      while isSpace(page[nameEnd - 1]) { nameEnd -= 1 }
      var nameStart = nameEnd
      while nameEnd - nameStart < 100 && isNameByte(page[nameStart - 1]) { nameStart -= 1 }
      guard nameStart < nameEnd, isSpace(page[nameStart - 1]), isNameStart(page[nameStart])
      else { return nil }
      var before = nameStart - 1
      while isSpace(page[before]) { before -= 1 }
      guard page[before] != UInt8(ascii: "=") else { return nil }
      let length = nameEnd - nameStart
      guard
        any || length >= Self.readAttributesByLength.count
          || !Self.readAttributesByLength[length].contains(where: { matches($0, at: nameStart) })
      else { return nil }
      return nameStart..<(close + 1)
    }

    /// The attributes the extractor reads (`HTMLBlockCollector`, `HTMLLink`) or the
    /// encoding is declared in: all others are dropped before parsing.
    private static let readAttributes: [StaticString] = [
      "class", "id", "href", "role", "style", "hidden", "aria-hidden", "lang", "datetime",
      "content", "property", "name", "itemprop", "type", "rel", "charset", "http-equiv",
    ]

    /// `readAttributes` by the length of their names.
    private static let readAttributesByLength: [[StaticString]] = {
      let longest = readAttributes.map(\.utf8CodeUnitCount).max() ?? 0
      return (0...longest).map { length in readAttributes.filter { $0.utf8CodeUnitCount == length }
      }
    }()

    /// Elements whose attributes the extractor never reads: pictures (empty elements) and
    /// the media, frames and form controls it drops with what they hold.
    private static let unreadElements: [StaticString] = [
      "img", "source", "picture", "iframe", "noscript", "video", "input", "button",
    ]
    /// By byte: true for the first letters of `unreadElements`.
    private static let isUnreadElementInitial: [Bool] = (0..<256).map { byte in
      unreadElements.contains { Int($0.utf8Start.pointee) == byte }
    }

    /// True when the quote at `index` opens an attribute value (`=` before it, spaces aside).
    private func isAttributeValueStart(_ index: Int) -> Bool {
      var before = index - 1
      while before > 0 && isSpace(page[before]) { before -= 1 }
      return page[before] == UInt8(ascii: "=")
    }

    /// Where the `</svg` that closes an `<svg>` whose contents begin at `start` is,
    /// counting the `<svg>` elements nested in it.
    private mutating func svgEnd(from start: Int) -> Int? {
      var depth = 1
      var index = start
      while let open = next(UInt8(ascii: "<"), from: index) {
        if matches("<!--", at: open) {
          guard let close = find("-->", from: open + 4) else { return nil }
          index = close + 3
        } else if matches("</", at: open), isTag("svg", at: open + 2) {
          depth -= 1
          if depth == 0 { return open }
          index = open + 2
        } else if open + 1 < page.count, isTag("svg", at: open + 1) {
          guard let (end, selfClosing) = startTagEnd(from: open + 1) else { return nil }
          if !selfClosing { depth += 1 }
          index = end
        } else {
          index = open + 1
        }
      }
      return nil
    }

    private mutating func drop(_ range: Range<Int>) {
      guard !range.isEmpty else { return }
      if kept.isEmpty { kept.reserveCapacity(page.count / 2) }
      kept.append(contentsOf: page[copyFrom..<range.lowerBound])
      copyFrom = range.upperBound
    }

    // MARK: Bytes

    private func next(_ byte: UInt8, from start: Int) -> Int? {
      guard start < page.count, let base = page.baseAddress,
        let found = memchr(base + start, Int32(byte), page.count - start)
      else { return nil }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The start of the first match of the ASCII `needle`, ignoring case, from `start`.
    private func find(_ needle: StaticString, from start: Int) -> Int? {
      let first = needle.utf8Start.pointee
      var index = start
      while let candidate = next(first, from: index) {
        if matches(needle, at: candidate) { return candidate }
        index = candidate + 1
      }
      return nil
    }

    /// True when the ASCII `literal` (lower-case letters match either case) is at `index`.
    private func matches(_ literal: StaticString, at index: Int) -> Bool {
      let count = literal.utf8CodeUnitCount
      guard index + count <= page.count else { return false }
      let bytes = literal.utf8Start
      for offset in 0..<count {
        let byte = page[index + offset]
        let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        if lowered != bytes[offset] { return false }
      }
      return true
    }

    /// True when the tag name at `index` is `name` (followed by a space, `/` or `>`).
    private func isTag(_ name: StaticString, at index: Int) -> Bool {
      let end = index + name.utf8CodeUnitCount
      guard matches(name, at: index), end < page.count else { return false }
      let byte = page[end]
      return isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    private func contains(_ needle: StaticString, in range: Range<Int>) -> Bool {
      let last = range.upperBound - needle.utf8CodeUnitCount
      return last >= range.lowerBound
        && (range.lowerBound...last).contains { matches(needle, at: $0) }
    }

    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// A byte libxml2 starts an attribute name with.
    private func isNameStart(_ byte: UInt8) -> Bool {
      isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
        || byte == UInt8(ascii: ".")
    }

    /// A byte libxml2 reads as part of an attribute name.
    private func isNameByte(_ byte: UInt8) -> Bool {
      isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
    }

    private func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
  }
}
