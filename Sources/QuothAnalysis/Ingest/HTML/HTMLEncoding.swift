/// Picks the character encoding of an HTML page the way browsers do: a byte-order
/// mark, then the encoding the page declares (`<meta charset>`, `http-equiv`,
/// `<?xml encoding>`), then a guess between UTF-8 and Windows-1252.
enum HTMLEncoding {
  /// The encoding the page was written in and its text as UTF-8 for libxml2 (a
  /// byte-order mark dropped; sequences invalid in the encoding replaced with U+FFFD).
  struct Choice {
    var name: String
    var bytes: [UInt8]
    /// Invalid sequences replaced.
    var replacedSequences = 0
  }

  static func choose(for bytes: [UInt8]) -> Choice {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return utf8(Array(bytes.dropFirst(3)))
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return converted(Array(bytes.dropFirst(2)), from: "UTF-16LE")
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return converted(Array(bytes.dropFirst(2)), from: "UTF-16BE")
    }
    let declared = declaredEncoding(in: bytes).map(canonicalName)
    switch declared {
    case "UTF-8"?, nil:
      let check = utf8Validity(bytes)
      // Undeclared or mislabelled single-byte text: no valid multi-byte sequence at all.
      if check.invalid > 0 && check.multiByte == 0 {
        return converted(bytes, from: "WINDOWS-1252")
      }
      return check.invalid == 0 ? Choice(name: "UTF-8", bytes: bytes) : utf8(bytes)
    case let name?:
      return converted(bytes, from: name)
    }
  }

  /// `bytes` converted from `encoding` to UTF-8 here rather than by libxml2, which stops
  /// at the first byte the encoding does not define and drops the rest of the page.
  /// An encoding the system does not know is read as Windows-1252, as browsers do.
  private static func converted(_ bytes: [UInt8], from encoding: String) -> Choice {
    if let result = TextDecoding.utf8Bytes(bytes, from: encoding) {
      return Choice(
        name: encoding, bytes: result.bytes, replacedSequences: result.replacedSequences)
    }
    let result = TextDecoding.utf8Bytes(bytes, from: "WINDOWS-1252")!
    return Choice(
      name: "WINDOWS-1252", bytes: result.bytes, replacedSequences: result.replacedSequences)
  }

  /// The names browsers treat as one encoding: Latin-1 and ASCII labels mean Windows-1252.
  static func canonicalName(_ label: String) -> String {
    let name = label.uppercased()
    switch name {
    case "UTF8", "UTF-8", "UNICODE-1-1-UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE":
      // A page that was parsed as bytes cannot really be UTF-16; browsers read it as UTF-8.
      return "UTF-8"
    case "ISO-8859-1", "ISO8859-1", "ISO_8859-1", "LATIN1", "LATIN-1", "L1", "US-ASCII", "ASCII",
      "CP1252", "WINDOWS-1252", "X-CP1252", "CP819", "IBM819":
      return "WINDOWS-1252"
    default:
      return name
    }
  }

  private static func utf8(_ bytes: [UInt8]) -> Choice {
    let decoded = TextDecoding.decodeUTF8(bytes)
    if decoded.replacedSequences == 0 { return Choice(name: "UTF-8", bytes: bytes) }
    return Choice(
      name: "UTF-8", bytes: Array(decoded.text.utf8), replacedSequences: decoded.replacedSequences)
  }

  private static func utf8Validity(_ bytes: [UInt8]) -> (invalid: Int, multiByte: Int) {
    // Pages are mostly ASCII: checked eight bytes at a time; count only when it fails.
    if isValidUTF8(bytes) { return (0, 1) }
    var invalid = 0
    var multiByte = 0
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): if scalar.value >= 0x80 { multiByte += 1 }
      case .emptyInput: break loop
      case .error: invalid += 1
      }
    }
    return (invalid, multiByte)
  }

  /// True when `bytes` are valid UTF-8 (no overlong forms, surrogates or values past
  /// U+10FFFF). Runs of ASCII are stepped over a word at a time.
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      let count = raw.count
      var index = 0
      while index < count {
        while index + 8 <= count
          && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
        }
        guard index < count else { return true }
        let lead = raw[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, high) = (3, 0x9F)
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, high) = (4, 0x8F)
        default: return false
        }
        guard index + length <= count else { return false }
        let second = raw[index + 1]
        guard second >= low && second <= high else { return false }
        for offset in 2..<length where raw[index + offset] & 0xC0 != 0x80 { return false }
        index += length
      }
      return true
    }
  }

  /// How far into a page its declared encoding is looked for.
  static let declarationWindow = 4096

  /// The encoding label declared in the first 4 KiB: `charset=` inside a `<meta>`
  /// tag, or `encoding=` in an XML declaration.
  static func declaredEncoding(in bytes: [UInt8]) -> String? {
    let head = bytes.prefix(declarationWindow).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    if head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")),
      let label = value(after: Array("encoding=".utf8), in: head[..<end])
    {
      return label
    }
    var index = head.startIndex
    let meta = Array("<meta".utf8)
    while let start = find(meta, in: head, from: index) {
      let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
      if let label = value(after: Array("charset=".utf8), in: head[start..<end]) { return label }
      index = end
    }
    return nil
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard needle.count <= haystack.count - from else { return nil }
    var index = from
    while index + needle.count <= haystack.count {
      if haystack[index] == needle[0]
        && haystack[index..<index + needle.count].elementsEqual(needle)
      {
        return index
      }
      index += 1
    }
    return nil
  }

  private static func value(after key: [UInt8], in slice: ArraySlice<UInt8>) -> String? {
    let bytes = Array(slice)
    guard var index = find(key, in: bytes, from: 0) else { return nil }
    index += key.count
    while index < bytes.count
      && (bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
        || bytes[index] == 0x20)
    {
      index += 1
    }
    var label: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      let isLabel =
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        || byte == 0x5F
        || byte == 0x3A || byte == 0x2E
      if !isLabel { break }
      label.append(byte)
      index += 1
    }
    return label.isEmpty ? nil : String(decoding: label, as: UTF8.self)
  }
}
