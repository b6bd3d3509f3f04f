import CLibXML2
import Foundation

/// An XML document parsed by libxml2: recovery mode, no network, no entity expansion
/// (a feed cannot make quoth read files or expand a billion laughs), no error output.
final class XMLTree {
  private let document: xmlDocPtr
  /// The first error libxml2 recovered from (`line 3: Premature end of data…`), if any.
  let problem: String?

  init?(bytes: [UInt8]) {
    let options =
      XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
      | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
    xmlSetStructuredErrorFunc(nil) { _, _ in }
    xmlResetLastError()
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, Int32(options))
      }
    }
    guard let document else { return nil }
    self.document = document
    problem = xmlGetLastError().flatMap { error in
      error.pointee.message.map {
        "line \(error.pointee.line): "
          + String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines)
      }
    }
  }

  deinit { xmlFreeDoc(document) }

  var root: XMLElement? { xmlDocGetRootElement(document).map(XMLElement.init) }
}

/// An element of an `XMLTree` (valid while the tree lives).
struct XMLElement {
  let node: xmlNodePtr

  /// The name without its prefix (`encoded` for `content:encoded`).
  var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

  /// The namespace's URI, if any.
  var namespace: String? { node.pointee.ns?.pointee.href.map { String(cString: $0) } }

  var children: [XMLElement] {
    var result: [XMLElement] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current)) }
      child = current.pointee.next
    }
    return result
  }

  /// The first child element called `name` (and in `namespace`, when given), found
  /// without making strings of the other children's names.
  func child(_ name: String, namespace: String? = nil) -> XMLElement? {
    name.withCString { wanted in
      var child = node.pointee.children
      while let current = child {
        if current.pointee.type == XML_ELEMENT_NODE, let own = current.pointee.name,
          strcmp(UnsafeRawPointer(own).assumingMemoryBound(to: CChar.self), wanted) == 0
        {
          let element = XMLElement(node: current)
          if namespace == nil || element.namespace == namespace { return element }
        }
        child = current.pointee.next
      }
      return nil
    }
  }

  /// All the text inside, CDATA included, markup of child elements left out.
  var text: String { XMLElement.text(of: node.pointee.children) }

  /// The text of the nodes from `first` on and their descendants.
  private static func text(of first: xmlNodePtr?) -> String {
    var bytes: [UInt8] = []
    func collect(_ first: xmlNodePtr?) {
      var child = first
      while let current = child {
        switch current.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          if let content = current.pointee.content {
            var end = content
            while end.pointee != 0 { end += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: end - content))
          }
        case XML_ELEMENT_NODE: collect(current.pointee.children)
        default: break
        }
        child = current.pointee.next
      }
    }
    collect(first)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The element's children written back as XML (Atom's `type="xhtml"` content).
  var innerXML: String {
    guard let buffer = xmlBufferCreate() else { return "" }
    defer { xmlBufferFree(buffer) }
    var child = node.pointee.children
    while let current = child {
      xmlNodeDump(buffer, node.pointee.doc, current, 0, 0)
      child = current.pointee.next
    }
    return xmlBufferContent(buffer).map { String(cString: $0) } ?? ""
  }

  /// The value of the attribute called `name` (without a prefix).
  func attribute(_ name: String) -> String? {
    var property = node.pointee.properties
    while let attribute = property {
      if let attributeName = attribute.pointee.name, String(cString: attributeName) == name {
        return XMLElement.text(of: attribute.pointee.children)
      }
      property = attribute.pointee.next
    }
    return nil
  }
}
