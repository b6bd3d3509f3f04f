/// An HTML page read by `HTMLParser` (the tree libxml2's HTML parser builds in recovery
/// mode: broken markup still gives a tree) into a flat array of nodes in document order.
final class HTMLDocument {
  /// Every element and text node of the page, in document order: a node's descendants
  /// follow it, up to its `end`.
  let nodes: [HTMLNode]
  /// The page's text and attribute values, each NUL-terminated, read through `text(of:)`.
  private let store: HTMLByteStore
  /// Attributes of all elements, each element's in a run (`HTMLNode.start`, `.count`).
  private let attributes: [HTMLAttribute]
  /// The encoding the page was read in.
  let encoding: String
  /// Invalid UTF-8 sequences replaced before parsing.
  let replacedSequences: Int
  /// True when the page nests elements deeper than libxml2 reads (256): the rest of
  /// the page after that point is missing.
  let isCutAtDepthLimit: Bool
  /// True when a single text node is longer than libxml2 reads (10 MB, such as a huge
  /// script): the rest of the page after it is missing.
  let isCutAtTextLimit: Bool
  /// The root element (`<html>`, implied when the page has none).
  let root: Int

  /// How deep libxml2 nests elements before it stops reading.
  static let depthLimit = 256
  /// The longest text node libxml2 reads (its `XML_MAX_TEXT_LENGTH`).
  static let textLimit = 10_000_000

  /// Parses `bytes`, honouring a byte-order mark or the encoding the page declares,
  /// and guessing Windows-1252 for undeclared pages that are not UTF-8.
  /// Returns nil when the page has no element at all (an empty page).
  init?(bytes: [UInt8]) {
    // Scripts and styles are taken out first (in any ASCII-compatible encoding), so that
    // only the rest is checked and converted; UTF-16 after its conversion.
    let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    var choice: HTMLEncoding.Choice
    if isUTF16 {
      choice = HTMLEncoding.choose(for: bytes)
      choice.bytes = RawTextSkipper.slimmed(choice.bytes)
    } else {
      choice = HTMLEncoding.choose(for: RawTextSkipper.slimmed(bytes))
    }
    var builder = choice.bytes.withUnsafeBufferPointer { page in
      var parser = HTMLParser(page: page, builder: HTMLTreeBuilder(capacity: page.count))
      parser.parse()
      return parser.builder
    }
    builder.finish()
    guard let root = builder.nodes.firstIndex(where: { !$0.isText }) else { return nil }
    self.root = root
    nodes = builder.nodes
    store = HTMLByteStore(builder.bytes)
    attributes = builder.attributes
    isCutAtDepthLimit = builder.isCutAtDepthLimit
    isCutAtTextLimit = builder.isCutAtTextLimit
    encoding = choice.name
    replacedSequences = choice.replacedSequences
  }

  /// The text of a text node, NUL-terminated UTF-8 (valid while the document lives).
  func text(of node: Int) -> UnsafePointer<UInt8> {
    store.pointer(at: nodes[node].start)
  }

  /// The length in bytes of a text node.
  func textLength(of node: Int) -> Int { Int(nodes[node].count) }

  /// The attributes the extractor reads, the only ones the parser keeps (the rest of a
  /// page's attributes, often most of its bytes, are stepped over).
  static let readAttributes: [StaticString] = [
    "class", "id", "role", "style", "hidden", "aria-hidden", "href", "content", "datetime",
    "itemprop", "lang", "name", "property", "rel", "type",
  ]

  /// Each read attribute's first eight bytes packed into a number (`HTMLElementNames.key`)
  /// and its length.
  private static let readAttributeKeys: [(key: UInt64, length: Int)] = readAttributes.map {
    let bytes = UnsafeBufferPointer(start: $0.utf8Start, count: $0.utf8CodeUnitCount)
    return (HTMLElementNames.key(UnsafeBufferPointer(rebasing: bytes.prefix(8))), bytes.count)
  }

  /// The index in `readAttributes` of the attribute name at `range` of `page` (any case);
  /// nil for a name the extractor does not read.
  static func readAttributeIndex(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard range.count <= 11 else { return nil }
    var key: UInt64 = 0
    for index in range.prefix(8) {
      let byte = page[index]
      key = key << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    for (index, entry) in readAttributeKeys.enumerated()
    where entry.key == key && entry.length == range.count {
      let name = readAttributes[index]
      for offset in 8..<max(8, range.count)
      where page[range.lowerBound + offset] | 0x20 != name.utf8Start[offset] {
        return nil
      }
      return index
    }
    return nil
  }

  /// The value of attribute `name` (lower-case ASCII, one of `readAttributes`) on element
  /// `node`, NUL-terminated UTF-8 (empty for an attribute written without a value).
  func attribute(_ node: Int, _ name: StaticString) -> UnsafePointer<UInt8>? {
    assert(
      Self.readAttributes.contains { "\($0)" == "\(name)" },
      "the parser does not keep attribute \(name): add it to readAttributes")
    for attribute in attributeRange(of: node) {
      let entry = attributes[attribute]
      if HTMLBytes.equal(store.pointer(at: entry.name), name) {
        return store.pointer(at: entry.value)
      }
    }
    return nil
  }

  /// The value of attribute `name` as a String.
  func attributeString(_ node: Int, _ name: StaticString) -> String? {
    attribute(node, name).map { String(cString: $0) }
  }

  /// Element `node`'s attributes: names (lower-case) and values, NUL-terminated UTF-8.
  func attributes(of node: Int) -> [(name: UnsafePointer<UInt8>, value: UnsafePointer<UInt8>)] {
    attributeRange(of: node).map {
      (store.pointer(at: attributes[$0].name), store.pointer(at: attributes[$0].value))
    }
  }

  private func attributeRange(of node: Int) -> Range<Int> {
    let element = nodes[node]
    guard !element.isText else { return 0..<0 }
    return Int(element.start)..<Int(element.start + element.count)
  }

  /// All text beneath `node`, in document order, as one String.
  func textContent(of node: Int) -> String {
    var bytes: [UInt8] = []
    for index in (node + 1)..<Int(nodes[node].end) where nodes[index].isText {
      let run = UnsafeBufferPointer(start: text(of: index), count: textLength(of: index))
      bytes.append(contentsOf: run)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// One element or text node of a page.
struct HTMLNode {
  /// The element's kind (`.other` for text).
  var tag: HTMLTag
  var isText: Bool
  /// The nearest enclosing element, or -1.
  var parent: Int32
  /// One past the last node inside this one: the next sibling, when there is one.
  var end: Int32
  /// Text: the offset of its bytes in the store. Elements: the first attribute's index.
  var start: Int32
  /// Text: its length in bytes. Elements: how many attributes it has.
  var count: Int32
}

/// An attribute: offsets of its name and value in the byte store.
struct HTMLAttribute {
  var name: Int32
  var value: Int32
}

/// The page's NUL-terminated byte strings (text and attribute values), addressed by
/// offset; they never move, so pointers into them stay valid while the store lives.
final class HTMLByteStore {
  private let base: UnsafeMutablePointer<UInt8>

  init(_ bytes: [UInt8]) {
    base = .allocate(capacity: max(bytes.count, 1))
    bytes.withUnsafeBufferPointer { base.update(from: $0.baseAddress!, count: $0.count) }
  }

  deinit { base.deallocate() }

  func pointer(at offset: Int32) -> UnsafePointer<UInt8> { UnsafePointer(base + Int(offset)) }
}

/// Receives the parser's elements and text and builds the flat node array and the bytes
/// of the texts and attribute values (each NUL-terminated), with the same limits as
/// libxml2's tree builder (text merged into one node; a page nested deeper than 256
/// elements or with a text node over 10 MB is read up to there).
struct HTMLTreeBuilder {
  var nodes: [HTMLNode] = []
  var attributes: [HTMLAttribute] = []
  var bytes: [UInt8] = []
  var isCutAtDepthLimit = false
  var isCutAtTextLimit = false
  /// True once a limit is reached: nothing more is read.
  var isStopped: Bool { isCutAtDepthLimit || isCutAtTextLimit }
  /// The open elements, innermost last.
  private var open: [Int32] = []
  /// True while the last node is a text node that more characters extend.
  private var isInText = false

  init(capacity: Int) {
    bytes.reserveCapacity(capacity + capacity / 8)
    nodes.reserveCapacity(capacity / 40)
  }

  /// Opens an element with the attributes whose names and values are at `ranges` in
  /// `attributeBytes` (a nil value: written without one).
  mutating func startElement(
    _ tag: HTMLTag, attributeBytes: [UInt8],
    attributes ranges: [(name: Range<Int>, value: Range<Int>?)]
  ) {
    guard !isStopped else { return }
    // libxml2's tree builder stops at 256 nested elements (its guard against stack exhaustion).
    guard open.count <= HTMLDocument.depthLimit else {
      isCutAtDepthLimit = true
      return
    }
    isInText = false
    let firstAttribute = attributes.count
    for (name, value) in ranges {
      let nameOffset = Int32(bytes.count)
      bytes.append(contentsOf: attributeBytes[name])
      bytes.append(0)
      let valueOffset = Int32(bytes.count)
      if let value { bytes.append(contentsOf: attributeBytes[value]) }
      bytes.append(0)
      attributes.append(HTMLAttribute(name: nameOffset, value: valueOffset))
    }
    let index = Int32(nodes.count)
    nodes.append(
      HTMLNode(
        tag: tag, isText: false, parent: open.last ?? -1, end: index + 1,
        start: Int32(firstAttribute), count: Int32(attributes.count - firstAttribute)))
    open.append(index)
  }

  mutating func endElement() {
    guard !isStopped else { return }
    closeInnermost()
  }

  private mutating func closeInnermost() {
    guard let element = open.popLast() else { return }
    isInText = false
    nodes[Int(element)].end = Int32(nodes.count)
  }

  mutating func characters(_ characters: [UInt8]) {
    guard !isStopped, !characters.isEmpty else { return }
    let length = characters.count
    if isInText {
      let last = nodes.count - 1
      guard Int(nodes[last].count) + length <= HTMLDocument.textLimit else {
        isCutAtTextLimit = true
        return
      }
      bytes.removeLast()
      bytes.append(contentsOf: characters)
      bytes.append(0)
      nodes[last].count += Int32(length)
      return
    }
    let index = Int32(nodes.count)
    nodes.append(
      HTMLNode(
        tag: .other, isText: true, parent: open.last ?? -1, end: index + 1,
        start: Int32(bytes.count), count: Int32(length)))
    bytes.append(contentsOf: characters)
    bytes.append(0)
    isInText = true
  }

  /// Closes the elements still open at the end of the page.
  mutating func finish() {
    while !open.isEmpty { closeInnermost() }
  }
}

/// Helpers for NUL-terminated UTF-8.
enum HTMLBytes {
  /// True when the C string equals the ASCII `literal`.
  static func equal(_ string: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    let bytes = literal.utf8Start
    for index in 0..<count where string[index] != bytes[index] { return false }
    return string[count] == 0
  }

  /// True when `needle` occurs in `haystack` (String's own search goes through
  /// Foundation and is slow).
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
    let last = haystack.count - needle.count
    var index = 0
    while index <= last {
      if haystack[index] == first {
        var matched = 1
        while matched < needle.count && haystack[index + matched] == needle[matched] {
          matched += 1
        }
        if matched == needle.count { return true }
      }
      index += 1
    }
    return false
  }

  /// The C string as a Swift String, lower-cased (ASCII only).
  static func lowercased(_ string: UnsafePointer<UInt8>) -> String {
    var bytes: [UInt8] = []
    var pointer = string
    while pointer.pointee != 0 {
      let byte = pointer.pointee
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      pointer += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
