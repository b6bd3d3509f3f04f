/// An HTTP response as a crawler stored it in a WARC `response` record: status, header
/// fields and the body, with chunked transfer encoding and gzip or deflate content
/// encoding undone.
struct HTTPResponse {
  /// Why a stored response could not be read.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  var status: Int
  /// Header fields, names lower-cased; a repeated field's values joined with ", ".
  var fields: [String: String]
  var body: [UInt8]

  /// The media type of `Content-Type`, lower-cased, without parameters (`text/html`).
  var mediaType: String? { fields["content-type"].map(Self.mediaType) }

  /// The `charset` parameter of `Content-Type`, if any.
  var charset: String? { fields["content-type"].flatMap(Self.charset) }

  /// Reads a response from `bytes`; a body that decodes to more than `limit` bytes is
  /// an error.
  init(_ bytes: [UInt8], limit: Int) throws {
    guard let headerEnd = Self.headerEnd(in: bytes) else {
      throw Failure(description: "the HTTP header does not end")
    }
    let header = String(decoding: bytes[..<headerEnd.start], as: UTF8.self)
    // A CRLF is one Character: split at any line break.
    var lines = header.split(whereSeparator: \.isNewline)
    guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/"),
      let code = statusLine.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    else {
      throw Failure(description: "no HTTP status line")
    }
    lines.removeFirst()
    status = code
    fields = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].trimmingWhitespace().lowercased()
      let value = line[line.index(after: colon)...].trimmingWhitespace()
      fields[name] = fields[name].map { $0 + ", " + value } ?? value
    }
    var body = Array(bytes[headerEnd.end...])
    if fields["transfer-encoding"]?.lowercased().contains("chunked") == true {
      body = try Self.dechunked(body)
    }
    switch fields["content-encoding"]?.lowercased() {
    case nil, "", "identity":
      break
    case "gzip", "x-gzip", "deflate":
      do {
        body = try GzipMembers.decompress(body, limit: limit)
      } catch {
        throw Failure(description: "the gzip-encoded body: \(error)")
      }
    case let other?:
      throw Failure(
        description: "a body in the \(other) content encoding, which quoth does not read")
    }
    self.body = body
  }

  /// A body in chunked transfer encoding, put back together. Crawlers that store the
  /// body already joined but keep the header are read as they are.
  static func dechunked(_ bytes: [UInt8]) throws -> [UInt8] {
    var result: [UInt8] = []
    var index = 0
    var chunks = 0
    while true {
      guard let lineEnd = bytes[index...].firstIndex(of: 0x0A) else {
        if chunks == 0 { return bytes }
        throw Failure(description: "the chunked body is cut short")
      }
      let sizeText =
        String(decoding: bytes[index..<lineEnd], as: UTF8.self)
        .split(separator: ";").first.map { $0.trimmingCharacters(in: " \t\r") } ?? ""
      guard let size = Int(sizeText, radix: 16), size >= 0 else {
        if chunks == 0 { return bytes }
        throw Failure(description: "a chunk size that is not a hexadecimal number")
      }
      if size == 0 { return result }
      let start = lineEnd + 1
      guard start + size <= bytes.count else {
        throw Failure(description: "the chunked body is cut short")
      }
      result += bytes[start..<(start + size)]
      chunks += 1
      index = start + size
      // The line break after the chunk's data.
      if index < bytes.count && bytes[index] == 0x0D { index += 1 }
      if index < bytes.count && bytes[index] == 0x0A { index += 1 }
    }
  }

  static func mediaType(_ contentType: String) -> String {
    contentType.split(separator: ";").first.map { $0.trimmingWhitespace().lowercased() } ?? ""
  }

  static func charset(_ contentType: String) -> String? {
    for parameter in contentType.split(separator: ";").dropFirst() {
      let parts = parameter.split(separator: "=", maxSplits: 1)
      if parts.count == 2 && parts[0].trimmingWhitespace().lowercased() == "charset" {
        let value = parts[1].trimmingWhitespace().trimmingCharacters(in: "\"'")
        return value.isEmpty ? nil : value
      }
    }
    return nil
  }

  /// Where the header's blank line starts and where the body starts.
  private static func headerEnd(in bytes: [UInt8]) -> (start: Int, end: Int)? {
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0A {
        if index + 1 < bytes.count && bytes[index + 1] == 0x0A { return (index, index + 2) }
        if index + 2 < bytes.count && bytes[index + 1] == 0x0D && bytes[index + 2] == 0x0A {
          return (index, index + 3)
        }
      }
      index += 1
    }
    return nil
  }
}

extension StringProtocol {
  /// The text without any of `characters` at either end.
  fileprivate func trimmingCharacters(in characters: String) -> String {
    String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
  }
}
