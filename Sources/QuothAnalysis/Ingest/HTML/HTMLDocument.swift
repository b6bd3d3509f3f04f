import CLibXML2

/// An HTML page parsed by libxml2's HTML parser, the parser behind lxml: recovery
/// mode (broken markup still gives a tree), no network access, no error output.
final class HTMLDocument {
  private let document: htmlDocPtr
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

  /// How deep libxml2 nests elements before it stops reading.
  static let depthLimit = 256

  /// Parses `bytes`, honouring a byte-order mark or the encoding the page declares,
  /// and guessing Windows-1252 for undeclared pages that are not UTF-8.
  /// Returns nil when libxml2 gives no document at all (an empty page).
  init?(bytes: [UInt8]) {
    // Scripts and styles are taken out first (in any ASCII-compatible encoding), so that
    // only the rest is checked and converted; UTF-16 after its conversion.
    let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    var choice = HTMLEncoding.choose(for: isUTF16 ? bytes : RawTextSkipper.slimmed(bytes))
    if isUTF16 { choice.bytes = RawTextSkipper.slimmed(choice.bytes) }
    let options =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    // Some errors (bytes invalid in the declared encoding) bypass the parser's NOERROR
    // option and go to stderr, over the reader's screen: they are dropped here.
    xmlSetStructuredErrorFunc(nil) { _, _ in }
    // The bytes are UTF-8 by now, whatever the page was written in.
    xmlResetLastError()
    let document = choice.bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", Int32(options))
      }
    }
    guard let document else { return nil }
    // libxml2 stops reading at 256 nested elements (its guard against stack exhaustion).
    // It stops at a text node over 10 MB too.
    let lastError = xmlGetLastError().flatMap { $0.pointee.message }.map { String(cString: $0) }
    isCutAtDepthLimit = lastError?.contains("Excessive depth") ?? false
    isCutAtTextLimit = lastError?.contains("huge text node") ?? false
    self.document = document
    encoding = choice.name
    replacedSequences = choice.replacedSequences
  }

  deinit { xmlFreeDoc(document) }

  /// The root element (`<html>`), if the page has one.
  var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}

/// Reading libxml2 nodes without copying.
extension UnsafeMutablePointer where Pointee == xmlNode {
  var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
  var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

  /// The tag name; libxml2's HTML parser lower-cases it.
  var tagName: UnsafePointer<xmlChar>? { pointee.name }

  /// The value of attribute `name` (lower-case ASCII), as UTF-8 bytes, without copying the name.
  func attribute(_ name: StaticString) -> UnsafePointer<xmlChar>? {
    var property = pointee.properties
    while let attribute = property {
      if let attributeName = attribute.pointee.name, HTMLBytes.equal(attributeName, name) {
        guard let value = attribute.pointee.children, let content = value.pointee.content else {
          // No value: the end of the attribute's own name is an empty C string.
          var end = attributeName
          while end.pointee != 0 { end += 1 }
          return end
        }
        return UnsafePointer(content)
      }
      property = attribute.pointee.next
    }
    return nil
  }

  /// The value of attribute `name` as a String.
  func attributeString(_ name: StaticString) -> String? {
    attribute(name).map { String(cString: $0) }
  }

  /// All text beneath this node, in document order, as one String.
  var textContent: String {
    var bytes: [UInt8] = []
    func collect(_ node: xmlNodePtr) {
      var child = node.pointee.children
      while let current = child {
        if current.isText, let content = current.pointee.content {
          var pointer = content
          while pointer.pointee != 0 {
            bytes.append(pointer.pointee)
            pointer += 1
          }
        } else if current.isElement {
          collect(current)
        }
        child = current.pointee.next
      }
    }
    collect(self)
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Helpers for NUL-terminated UTF-8 from libxml2.
enum HTMLBytes {
  /// True when the C string equals the ASCII `literal`.
  static func equal(_ string: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
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
  static func lowercased(_ string: UnsafePointer<xmlChar>) -> String {
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
