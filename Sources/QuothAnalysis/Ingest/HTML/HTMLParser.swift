import Foundation

/// Reads a page (UTF-8) into elements and text the way libxml2 2.9's HTML parser does in
/// recovery mode, the parser the extractor was built and tuned on, in one pass over the
/// bytes: start tags close open elements by `HTMLElementRules`, `<html>`, `<head>` and
/// `<body>` are implied, text straight in `<html>` or `<head>` opens a `<p>`, an end tag
/// closes what was opened inside its element unless something ranks higher, scripts and
/// styles run to their own end tag, and the HTML 4 character references are decoded.
struct HTMLParser {
  private let page: UnsafeBufferPointer<UInt8>
  /// What the page is read into.
  private(set) var builder: HTMLTreeBuilder
  private var at = 0
  private var names = HTMLElementNames.known
  /// The open elements, innermost last.
  private var stack: [Int32] = []
  /// Whether a `<head>` or a `<body>` was opened (none is implied after one).
  private var sawHead = false
  private var sawBody = false
  /// Misplaced `<html>`, `<head>` and `<body>` start tags ignored, whose end tags are
  /// ignored as well.
  private var ignoredStarts = 0
  /// The current start tag's attributes that the extractor reads (`HTMLDocument.readAttributes`):
  /// name and value ranges in `attributeBytes`; `seenAttributes` has a bit for each read one.
  private var attributeBytes: [UInt8] = []
  private var attributeRanges: [(name: Range<Int>, value: Range<Int>?)] = []
  private var seenAttributes: UInt32 = 0
  private var text: [UInt8] = []
  /// A name longer than eight bytes, lower-cased.
  private var longName: [UInt8] = []

  /// For each byte, whether it ends a run of plain text: 1 for `<`, control characters
  /// and the 0xEF that may start a non-character, 2 (ending text, not raw text) for `&`.
  private static let runStops: [UInt8] = (0...255).map { byte in
    if byte < 0x20 || byte == 0xEF || byte == Int(UInt8(ascii: "<")) { return 3 }
    return byte == Int(UInt8(ascii: "&")) ? 2 : 0
  }

  /// The longest element or attribute name read; the rest is read as what follows.
  private static let nameLimit = 100
  /// Text is handed over in pieces of about this many bytes.
  private static let textPiece = 1000

  init(page: UnsafeBufferPointer<UInt8>, builder: HTMLTreeBuilder) {
    self.page = page
    self.builder = builder
  }

  mutating func parse() {
    skipBlanks()
    while isComment() || isProcessingInstruction() {
      skipComment()
      skipProcessingInstruction()
      skipBlanks()
    }
    if isDoctype() { skipDoctype() }
    skipBlanks()
    while isComment() || isProcessingInstruction() {
      skipComment()
      skipProcessingInstruction()
      skipBlanks()
    }
    parseContent()
  }

  // MARK: Content

  private mutating func parseContent() {
    var current = stack.last
    var depth = stack.count
    while !builder.isStopped {
      if byte(0) == UInt8(ascii: "<") && byte(1) == UInt8(ascii: "/") {
        if parseEndTag() && (current != nil || stack.isEmpty) {
          current = stack.last
          depth = stack.count
        }
        continue
      }
      if byte(0) == UInt8(ascii: "<"),
        let name = peekName(), let top = stack.last, names.closes(name, top)
      {
        autoClose(name)
        continue
      }
      if !stack.isEmpty && depth >= stack.count && current != stack.last {
        current = stack.last
        depth = stack.count
        continue
      }
      if byte(0) != 0 && (current == HTMLElementNames.script || current == HTMLElementNames.style) {
        parseRawText()
        continue
      }
      if isDoctype() { skipDoctype() }
      if isComment() {
        skipComment()
      } else if isProcessingInstruction() {
        skipProcessingInstruction()
      } else if byte(0) == UInt8(ascii: "<") && isLetter(byte(1)) {
        parseElement()
        current = stack.last
        depth = stack.count
      } else if byte(0) == UInt8(ascii: "<") {
        builder.characters([UInt8(ascii: "<")])
        at += 1
      } else if byte(0) == UInt8(ascii: "&") {
        parseReference()
      } else if byte(0) == 0 {
        break
      } else {
        parseText()
      }
    }
  }

  /// The byte `offset` after the current one; 0 past the end.
  private func byte(_ offset: Int) -> UInt8 {
    at + offset < page.count ? page[at + offset] : 0
  }

  private func isComment() -> Bool {
    byte(0) == UInt8(ascii: "<") && byte(1) == UInt8(ascii: "!") && byte(2) == UInt8(ascii: "-")
      && byte(3) == UInt8(ascii: "-")
  }

  private func isProcessingInstruction() -> Bool {
    byte(0) == UInt8(ascii: "<") && byte(1) == UInt8(ascii: "?")
  }

  private func isDoctype() -> Bool {
    guard byte(0) == UInt8(ascii: "<") && byte(1) == UInt8(ascii: "!") else { return false }
    for (offset, letter) in "DOCTYPE".utf8.enumerated() where byte(2 + offset) & 0xDF != letter {
      return false
    }
    return true
  }

  /// A comment: to the first `-->` (or `--!>`) at least two bytes in; an unclosed one
  /// runs to the end of the page.
  private mutating func skipComment() {
    guard isComment() else { return }
    var index = at + 6
    while index < page.count {
      let byte = page[index]
      if page[index - 1] == UInt8(ascii: "-") && page[index - 2] == UInt8(ascii: "-") {
        if byte == UInt8(ascii: ">") {
          at = index + 1
          return
        }
        if byte == UInt8(ascii: "!") && index + 1 < page.count
          && page[index + 1] == UInt8(ascii: ">")
        {
          at = index + 2
          return
        }
      }
      index += 1
    }
    at = page.count
  }

  /// `<?name …>`: to its `>`; without a name only the `<?` is taken.
  private mutating func skipProcessingInstruction() {
    guard isProcessingInstruction() else { return }
    at += 2
    let first = byte(0)
    guard
      isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") || first >= 0x80
    else { return }
    skip(to: UInt8(ascii: ">"))
    if at < page.count { at += 1 }
  }

  private mutating func skipDoctype() {
    at += 9
    skip(to: UInt8(ascii: ">"))
    if at < page.count { at += 1 }
  }

  private mutating func skip(to target: UInt8) {
    while at < page.count && page[at] != target && page[at] != 0 { at += 1 }
  }

  // MARK: Elements

  private mutating func parseElement() {
    parseStartTag()
    // An ignored start tag leaves the element it is in as the current one.
    guard let name = stack.last else {
      if byte(0) == UInt8(ascii: ">") { at += 1 }
      return
    }
    if byte(0) == UInt8(ascii: "/") && byte(1) == UInt8(ascii: ">") {
      at += 2
      close()
      return
    }
    guard byte(0) == UInt8(ascii: ">") else {
      // The page ends inside the tag: the element is dropped from the open ones.
      stack.removeLast()
      return
    }
    at += 1
    if names.infos[Int(name)].isEmpty { close() }
  }

  /// Reads a start tag (from its `<`) and opens its element unless it is a misplaced
  /// `<html>`, `<head>` or `<body>`; returns true when it is ignored.
  @discardableResult
  private mutating func parseStartTag() -> Bool {
    at += 1
    guard let name = parseName() else { return true }
    autoClose(name)
    addImplied(name)
    var ignored = false
    if !stack.isEmpty && name == HTMLElementNames.html {
      ignored = true
      ignoredStarts += 1
    }
    if stack.count != 1 && name == HTMLElementNames.head {
      ignored = true
      ignoredStarts += 1
    }
    if name == HTMLElementNames.body {
      for open in stack where open == HTMLElementNames.body {
        ignored = true
        ignoredStarts += 1
      }
    }
    skipBlanks()
    attributeBytes.removeAll(keepingCapacity: true)
    attributeRanges.removeAll(keepingCapacity: true)
    seenAttributes = 0
    while byte(0) != 0 && byte(0) != UInt8(ascii: ">")
      && !(byte(0) == UInt8(ascii: "/") && byte(1) == UInt8(ascii: ">"))
    {
      if !parseAttribute() {
        while byte(0) != 0 && !isBlank(byte(0)) && byte(0) != UInt8(ascii: ">")
          && !(byte(0) == UInt8(ascii: "/") && byte(1) == UInt8(ascii: ">"))
        {
          at += 1
        }
      }
      skipBlanks()
    }
    if !ignored { open(name, withAttributes: true) }
    return ignored
  }

  /// Reads `name`, `name=value` or `name="value"`, keeping it among the tag's attributes
  /// when the extractor reads it (the first of a name kept); false when no name starts here.
  private mutating func parseAttribute() -> Bool {
    let nameStart = at
    guard let nameEnd = nameEnd(from: at, allowingDots: true) else { return false }
    at = nameEnd
    var kept = HTMLDocument.readAttributeIndex(page, nameStart..<nameEnd)
    if let index = kept {
      if seenAttributes & 1 << index != 0 { kept = nil }
      seenAttributes |= 1 << index
    }
    let name = attributeBytes.count..<attributeBytes.count + (kept == nil ? 0 : nameEnd - nameStart)
    if kept != nil {
      for index in nameStart..<nameEnd { attributeBytes.append(Self.lowered(page[index])) }
    }
    skipBlanks()
    var value: Range<Int>?
    if byte(0) == UInt8(ascii: "=") {
      at += 1
      skipBlanks()
      let valueStart = attributeBytes.count
      let quote = byte(0)
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        at += 1
        readAttributeValue(until: quote, keeping: kept != nil)
        if byte(0) == quote { at += 1 }
      } else {
        readAttributeValue(until: 0, keeping: kept != nil)
      }
      value = valueStart..<attributeBytes.count
    }
    if kept != nil { attributeRanges.append((name, value)) }
    return true
  }

  /// An attribute value up to `stop` (0: a space or `>`), with its character references
  /// decoded into `attributeBytes` when `keeping`, else stepped over.
  private mutating func readAttributeValue(until stop: UInt8, keeping: Bool) {
    var end = at
    if stop == 0 {
      while end < page.count {
        let byte = page[end]
        if byte == 0 || byte == UInt8(ascii: ">") || isBlank(byte) { break }
        end += 1
      }
    } else {
      end = firstIndex(of: stop, in: at..<page.count) ?? page.count
      end = firstIndex(of: 0, in: at..<end) ?? end
    }
    guard keeping else {
      at = end
      return
    }
    guard firstIndex(of: UInt8(ascii: "&"), in: at..<end) != nil else {
      attributeBytes.append(contentsOf: UnsafeBufferPointer(rebasing: page[at..<end]))
      at = end
      return
    }
    while at < end {
      if page[at] == UInt8(ascii: "&") {
        if let value = readReference(inAttribute: true) {
          Self.appendUTF8(value, to: &attributeBytes)
        }
      } else {
        attributeBytes.append(page[at])
        at += 1
      }
    }
  }

  /// An end tag: closes its element and those opened inside it, unless one of those
  /// ranks higher; true when its element was closed.
  private mutating func parseEndTag() -> Bool {
    at += 2
    guard let name = parseName() else { return false }
    skipBlanks()
    skip(to: UInt8(ascii: ">"))
    if byte(0) == UInt8(ascii: ">") { at += 1 }
    if ignoredStarts > 0
      && (name == HTMLElementNames.html || name == HTMLElementNames.head
        || name == HTMLElementNames.body)
    {
      ignoredStarts -= 1
      return false
    }
    guard stack.contains(name) else { return false }
    let priority = names.infos[Int(name)].endPriority
    for open in stack.reversed() {
      if open == name { break }
      if names.infos[Int(open)].endPriority > priority { return false }
    }
    while let top = stack.last, top != name { close() }
    close()
    return true
  }

  /// Closes the open elements that a start tag `name` closes first.
  private mutating func autoClose(_ name: Int32) {
    while let top = stack.last, names.closes(name, top) { close() }
  }

  /// Opens the `<html>`, `<head>` or `<body>` that element `name` needs around it.
  private mutating func addImplied(_ name: Int32) {
    if name == HTMLElementNames.html { return }
    if stack.isEmpty { open(HTMLElementNames.html) }
    if name == HTMLElementNames.body || name == HTMLElementNames.head { return }
    let isHeadElement =
      name == HTMLElementNames.script || name == HTMLElementNames.style
      || name == HTMLElementNames.meta || name == HTMLElementNames.link
      || name == HTMLElementNames.title || name == HTMLElementNames.base
    if stack.count <= 1 && isHeadElement {
      // No head is implied once a head or a body was opened.
      if !sawHead && !sawBody { open(HTMLElementNames.head) }
    } else if name != HTMLElementNames.noframes && name != HTMLElementNames.frame
      && name != HTMLElementNames.frameset
    {
      if sawBody { return }
      if stack.contains(where: { $0 == HTMLElementNames.body || $0 == HTMLElementNames.head }) {
        return
      }
      open(HTMLElementNames.body)
    }
  }

  /// Opens a `<p>` for text that would otherwise sit straight in `<html>` or `<head>`
  /// (or outside any element).
  private mutating func addParagraph() {
    guard let top = stack.last else {
      openParagraph()
      return
    }
    if top == HTMLElementNames.html || top == HTMLElementNames.head { openParagraph() }
  }

  private mutating func openParagraph() {
    autoClose(HTMLElementNames.p)
    addImplied(HTMLElementNames.p)
    open(HTMLElementNames.p)
  }

  private mutating func open(_ name: Int32, withAttributes: Bool = false) {
    if name == HTMLElementNames.head { sawHead = true }
    if name == HTMLElementNames.body { sawBody = true }
    stack.append(name)
    if withAttributes {
      builder.startElement(
        names.infos[Int(name)].tag, attributeBytes: attributeBytes, attributes: attributeRanges)
    } else {
      builder.startElement(names.infos[Int(name)].tag, attributeBytes: [], attributes: [])
    }
  }

  private mutating func close() {
    stack.removeLast()
    builder.endElement()
  }

  /// The lower-case name at the current byte (letters, digits and `:-_.`, up to 100),
  /// numbered; nil when no name starts here.
  private mutating func parseName() -> Int32? {
    guard let end = nameEnd(from: at, allowingDots: true) else { return nil }
    let name = nameID(at..<end)
    at = end
    return name
  }

  /// Where the name starting at `start` ends (letters, digits, `:-_` and, when
  /// `allowingDots`, `.`, up to 100 bytes); nil when no name starts there.
  private func nameEnd(from start: Int, allowingDots: Bool) -> Int? {
    guard start < page.count else { return nil }
    let first = page[start]
    guard
      isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":")
        || (allowingDots && first == UInt8(ascii: "."))
    else { return nil }
    let limit = min(page.count, start + Self.nameLimit)
    var end = start
    while end < limit {
      let byte = page[end]
      guard
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ":")
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
          || (allowingDots && byte == UInt8(ascii: "."))
      else { break }
      end += 1
    }
    return end
  }

  /// The number of the element name in `range` of the page, lower-cased.
  private mutating func nameID(_ range: Range<Int>) -> Int32 {
    if range.count <= 8 {
      var key: UInt64 = 0
      for index in range { key = key << 8 | UInt64(Self.lowered(page[index])) }
      return names.id(key: key, length: range.count)
    }
    longName.removeAll(keepingCapacity: true)
    for index in range { longName.append(Self.lowered(page[index])) }
    let bytes = longName
    return bytes.withUnsafeBufferPointer { names.id(of: $0) }
  }

  /// The number of the start tag's name after the `<` at the current byte, without
  /// moving (no `.` in it, as libxml2 looks ahead).
  private mutating func peekName() -> Int32? {
    guard at + 1 < page.count,
      isLetter(page[at + 1]) || page[at + 1] == UInt8(ascii: "_")
        || page[at + 1] == UInt8(ascii: ":"),
      let end = nameEnd(from: at + 1, allowingDots: false)
    else { return nil }
    return nameID(at + 1..<end)
  }

  // MARK: Text

  /// Text up to the next `<` or `&`: characters XML does not allow dropped, a NUL read as
  /// a space.
  private mutating func parseText() {
    text.removeAll(keepingCapacity: true)
    while at < page.count {
      copyPlainRun(stoppingAtAmpersand: true)
      if text.count >= Self.textPiece {
        addParagraph()
        builder.characters(text)
        text.removeAll(keepingCapacity: true)
        continue
      }
      guard at < page.count else { break }
      let byte = page[at]
      if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { break }
      appendCharacter(byte)
      if text.count >= Self.textPiece {
        addParagraph()
        builder.characters(text)
        text.removeAll(keepingCapacity: true)
      }
    }
    guard !text.isEmpty else { return }
    let isAllBlank = text.allSatisfy { isBlank($0) }
    let next = byte(0)
    let ignorable =
      isAllBlank
      && (next == 0
        || (next == UInt8(ascii: "<")
          && (stack.last == nil || stack.last == HTMLElementNames.html
            || stack.last == HTMLElementNames.head)))
    if !ignorable { addParagraph() }
    builder.characters(text)
  }

  /// Copies into `text` the bytes from the current one that are plain characters (not
  /// `<`, `&` when `stoppingAtAmpersand`, a control character or the 0xEF that may start
  /// a non-character), up to a whole piece of text.
  private mutating func copyPlainRun(stoppingAtAmpersand: Bool) {
    let limit = min(page.count, at + Self.textPiece - text.count)
    let stops: UInt8 = stoppingAtAmpersand ? 3 : 1
    var end = at
    Self.runStops.withUnsafeBufferPointer { table in
      while end < limit && table[Int(page[end])] & stops == 0 { end += 1 }
    }
    guard end > at else { return }
    text.append(contentsOf: UnsafeBufferPointer(rebasing: page[at..<end]))
    at = end
  }

  /// Copies the character at the current byte into `text` unless XML forbids it.
  private mutating func appendCharacter(_ character: UInt8) {
    if character >= 0x20 && character != 0xEF {
      text.append(character)
      at += 1
    } else if character == 0xEF {
      // U+FFFE and U+FFFF are not characters.
      if byte(1) == 0xBF && (byte(2) == 0xBE || byte(2) == 0xBF) {
        at += 3
      } else {
        text.append(character)
        at += 1
      }
    } else {
      if character == 0 {
        text.append(0x20)
      } else if character == 0x09 || character == 0x0A || character == 0x0D {
        text.append(character)
      }
      at += 1
    }
  }

  /// A script's or style's contents, up to the first `</` followed by its own name.
  private mutating func parseRawText() {
    guard let name = stack.last else { return }
    let endName = names.infos[Int(name)].name.utf8
    text.removeAll(keepingCapacity: true)
    while at < page.count {
      copyPlainRun(stoppingAtAmpersand: false)
      if text.count >= Self.textPiece {
        builder.characters(text)
        text.removeAll(keepingCapacity: true)
        continue
      }
      guard at < page.count else { break }
      if page[at] == UInt8(ascii: "<") && byte(1) == UInt8(ascii: "/")
        && endName.enumerated().allSatisfy({ byte(2 + $0.offset) | 0x20 == $0.element })
      {
        break
      }
      appendCharacter(page[at])
      if text.count >= Self.textPiece {
        builder.characters(text)
        text.removeAll(keepingCapacity: true)
      }
    }
    if !text.isEmpty { builder.characters(text) }
  }

  /// A character reference in text.
  private mutating func parseReference() {
    guard let value = readReference(inAttribute: false) else { return }
    text.removeAll(keepingCapacity: true)
    Self.appendUTF8(value, to: &text)
    addParagraph()
    builder.characters(text)
  }

  /// Reads the reference at the current `&`: a known name followed by `;` or a number
  /// decoded, anything else taken as it is (just the `&`; what follows is read as text).
  /// Nil when nothing is added (in text, a number that is no character).
  private mutating func readReference(inAttribute: Bool) -> UInt32? {
    if byte(1) == UInt8(ascii: "#") {
      let value = parseNumericReference()
      if value == 0 && !inAttribute { return nil }
      return value
    }
    at += 1
    let first = byte(0)
    if isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") {
      var end = at
      var key: UInt64 = 0
      while end < page.count {
        let byte = page[end]
        guard
          isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        else { break }
        key = key << 8 | UInt64(byte)
        end += 1
      }
      if end - at <= HTMLEntities.longestName && end < page.count
        && page[end] == UInt8(ascii: ";"), let value = HTMLEntities.byKey[key]
      {
        at = end + 1
        return value
      }
    }
    return UInt32(UInt8(ascii: "&"))
  }

  /// `&#…;` or `&#x…;` (the `;` may be missing): its value, 0 when it is no character.
  private mutating func parseNumericReference() -> UInt32 {
    at += 2
    var value: UInt32 = 0
    let isHex = byte(0) | 0x20 == UInt8(ascii: "x")
    if isHex { at += 1 }
    while at < page.count && page[at] != UInt8(ascii: ";") {
      let byte = page[at]
      let digit: UInt32
      if byte >= 0x30 && byte <= 0x39 {
        digit = UInt32(byte - 0x30)
      } else if isHex && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66 {
        digit = UInt32((byte | 0x20) - 0x61 + 10)
      } else {
        break
      }
      if value < 0x110000 { value = value * (isHex ? 16 : 10) + digit }
      at += 1
    }
    if byte(0) == UInt8(ascii: ";") { at += 1 }
    let isCharacter =
      value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
      || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF)
    return isCharacter ? value : 0
  }

  private static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
    if value < 0x80 {
      bytes.append(UInt8(value))
    } else if value < 0x800 {
      bytes.append(UInt8(0xC0 | value >> 6))
      bytes.append(UInt8(0x80 | value & 0x3F))
    } else if value < 0x10000 {
      bytes.append(UInt8(0xE0 | value >> 12))
      bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
      bytes.append(UInt8(0x80 | value & 0x3F))
    } else {
      bytes.append(UInt8(0xF0 | value >> 18))
      bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
      bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
      bytes.append(UInt8(0x80 | value & 0x3F))
    }
  }

  // MARK: Bytes

  /// The first `byte` in `range` of the page.
  private func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
    guard !range.isEmpty, let base = page.baseAddress,
      let found = memchr(base + range.lowerBound, Int32(byte), range.count)
    else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  private mutating func skipBlanks() {
    while at < page.count && isBlank(page[at]) { at += 1 }
  }

  private func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }
}
