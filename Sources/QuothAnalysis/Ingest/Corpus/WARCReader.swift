import Foundation

/// Reads the web pages of a WARC file (a web crawl's archive, plain or as gzip members,
/// `.warc` or `.warc.gz`) as it goes, holding one record at a time: each `response` (or
/// `resource`) record whose payload is HTML becomes a page; every other record is
/// skipped, and counted by the reason.
public enum WARCReader {
  /// A page of the crawl: the record's id, address and date, and the HTML as bytes that
  /// `ArticleLoader.article(fromBytes:)` reads.
  public struct Page: Sendable {
    public var record: RecordFields
    public var html: [UInt8]
  }

  /// Why a record was not read as a page.
  public enum Skip: String, Sendable, CaseIterable {
    /// A `request`, `metadata`, `warcinfo`, `revisit` or other record that holds no page.
    case notAResponse = "not a response"
    /// A response whose payload is not HTML (an image, a script, a PDF).
    case notHTML = "not HTML"
    /// A response whose HTTP status is not 2xx (a redirect, an error page).
    case notSuccessful = "HTTP status not 2xx"
  }

  /// What reading the file found, record by record.
  public enum Item: Sendable {
    case page(Page)
    case skipped(Skip)
    /// A record that should hold a page and cannot be read, with the reason.
    case failed(RecordFields, String)
  }

  /// Whether a file name announces a WARC file: `.warc` or `.warc.gz`.
  public static func isWARC(path: String) -> Bool {
    let name = path.lowercased()
    return name.hasSuffix(".warc") || name.hasSuffix(".warc.gz")
  }

  /// Reads the WARC file at `path` record by record (see `read(from:)`).
  public static func read(
    file path: String, limits: InputLimits = InputLimits(), _ body: (Item) throws -> Void
  ) throws {
    try FileChunks.reading(path) { chunks in
      try read(from: { try chunks.next() }, limits: limits, body)
    }
  }

  /// Reads a WARC file whose bytes `next` hands over in order (empty at the end),
  /// handing each record to `body` as soon as it is read. A record longer than
  /// `limits.maxBytes` fails without being held. Throws `WARCFailure` when the file
  /// cannot be read further (corrupt gzip data, a record without a length); a record cut
  /// short at the end is a failed item.
  public static func read(
    from next: () throws -> [UInt8], limits: InputLimits = InputLimits(),
    _ body: (Item) throws -> Void
  ) throws {
    var splitter = WARCRecordSplitter(maxBlockBytes: limits.maxBytes) { holdsPage($0) }
    func handle(_ event: WARCRecordSplitter.Event) throws {
      switch event {
      case .record(let record): try body(item(for: record, limits: limits))
      case .truncated(let record):
        try body(
          .failed(
            record?.recordFields ?? RecordFields(),
            "the record is cut short at the end of the file"))
      }
    }
    var first = try next()
    guard !first.isEmpty else { return }
    if GzipMembers.isGzip(first) {
      let members = try GzipMembers()
      do {
        while !first.isEmpty {
          try members.feed(first) { try splitter.push($0, emit: handle) }
          first = try next()
        }
      } catch let failure as GzipMembers.Failure {
        try splitter.finish(emit: handle)
        throw WARCFailure(description: failure.description)
      }
      if members.isInsideMember {
        try splitter.finish(emit: handle)
        throw WARCFailure(description: "the last gzip member is cut short")
      }
    } else {
      while !first.isEmpty {
        try splitter.push(first, emit: handle)
        first = try next()
      }
    }
    try splitter.finish(emit: handle)
  }

  /// Whether a record may hold a page, on its header alone.
  private static func holdsPage(_ record: WARCRecord) -> Bool {
    record.type == "response" || record.type == "resource"
  }

  /// The page a whole record holds, or why it holds none.
  static func item(for record: WARCRecord, limits: InputLimits) -> Item {
    guard holdsPage(record) else { return .skipped(.notAResponse) }
    guard let block = record.block else {
      return .failed(
        record.recordFields,
        "larger than the \(InputLimits.describe(limits.maxBytes)) input limit (--max-input-size); not read"
      )
    }
    let payload: [UInt8]
    let mediaType: String?
    let charset: String?
    let isHTTP = record.fields["content-type"].map(HTTPResponse.mediaType) == "application/http"
    if record.type == "response" && (isHTTP || block.starts(with: Array("HTTP/".utf8))) {
      let response: HTTPResponse
      do {
        response = try HTTPResponse(block, limit: limits.maxBytes)
      } catch {
        return .failed(record.recordFields, "\(error)")
      }
      guard (200..<300).contains(response.status) else { return .skipped(.notSuccessful) }
      payload = response.body
      mediaType = response.mediaType
      charset = response.charset
    } else {
      payload = block
      mediaType = record.fields["content-type"].map(HTTPResponse.mediaType)
      charset = record.fields["content-type"].flatMap(HTTPResponse.charset)
    }
    let isHTML =
      mediaType.map { $0 == "text/html" || $0 == "application/xhtml+xml" }
      ?? FormatDetection.looksLikeHTML(String(decoding: payload.prefix(4096), as: UTF8.self))
    guard isHTML else { return .skipped(.notHTML) }
    return .page(Page(record: record.recordFields, html: htmlBytes(payload, charset: charset)))
  }

  /// The payload as HTML ingest should read it: in the encoding the HTTP header names,
  /// which browsers put before the page's own `<meta charset>` (turned into UTF-8 with a
  /// byte-order mark, which ingest honours first); as it is when the header names none
  /// or one the system does not know.
  private static func htmlBytes(_ payload: [UInt8], charset: String?) -> [UInt8] {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    guard let charset, !payload.starts(with: bom) else { return payload }
    let name = HTMLEncoding.canonicalName(charset)
    if name == "UTF-8" { return bom + payload }
    guard let converted = TextDecoding.utf8Bytes(payload, from: name) else { return payload }
    return bom + converted.bytes
  }
}
