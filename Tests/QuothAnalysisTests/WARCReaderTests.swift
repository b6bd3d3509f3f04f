import Foundation
import QuothTestSupport
import Testing

@testable import QuothAnalysis

/// WARC crawls read record by record from bytes built here: gzip members, HTTP headers,
/// chunked bodies, records that hold no page, and a file that ends inside a record.
@Suite struct WARCReaderTests {
  /// What reading a file found: its pages, skipped records by reason, failures, and the
  /// error that stopped it.
  struct Found {
    var pages: [WARCReader.Page] = []
    var skipped: [WARCReader.Skip: Int] = [:]
    var failures: [(RecordFields, String)] = []
    var stop: WARCFailure?
  }

  /// Reads `bytes` handed over in pieces of `chunk` bytes, as a file is read.
  func read(_ bytes: [UInt8], chunk: Int = 1 << 20, limits: InputLimits = InputLimits()) -> Found {
    var found = Found()
    var offset = 0
    func next() -> [UInt8] {
      let end = min(offset + chunk, bytes.count)
      defer { offset = end }
      return Array(bytes[offset..<end])
    }
    do {
      try WARCReader.read(from: next, limits: limits) { item in
        switch item {
        case .page(let page): found.pages.append(page)
        case .skipped(let reason): found.skipped[reason, default: 0] += 1
        case .failed(let record, let reason): found.failures.append((record, reason))
        }
      }
    } catch {
      found.stop = error as? WARCFailure
    }
    return found
  }

  /// A small crawl: the file's own record, a request, a page, an image, a redirect, a
  /// page sent in chunks, and the crawler's metadata, in that order.
  func crawl() -> [[UInt8]] {
    let ferry = WARCBuilder.page(
      title: "Night ferry saved", quote: "We will keep the boats running", speaker: "Mara Quint")
    let market = WARCBuilder.page(
      title: "Fish market moves", quote: "The old hall is too small", speaker: "Ivo Brandt")
    return [
      WARCBuilder.record(
        type: "warcinfo", contentType: "application/warc-fields",
        block: Array("software: a test\r\n".utf8)),
      WARCBuilder.record(
        type: "request", uri: "https://harbour.example/ferry",
        contentType: "application/http; msgtype=request",
        block: Array("GET /ferry HTTP/1.1\r\nHost: harbour.example\r\n\r\n".utf8)),
      WARCBuilder.response(
        uri: "https://harbour.example/ferry", headers: ["Content-Type: text/html; charset=utf-8"],
        body: ferry, id: "<urn:uuid:ferry>"),
      WARCBuilder.response(
        uri: "https://harbour.example/boat.png", headers: ["Content-Type: image/png"],
        body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
      WARCBuilder.response(
        uri: "https://harbour.example/old", status: "301 Moved Permanently",
        headers: ["Location: https://harbour.example/ferry", "Content-Type: text/html"],
        body: Array("<html><body><a href=/ferry>moved</a></body></html>".utf8)),
      WARCBuilder.response(
        uri: "https://harbour.example/market",
        headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"],
        body: WARCBuilder.chunked(market, size: 100)),
      WARCBuilder.record(
        type: "metadata", uri: "https://harbour.example/market",
        contentType: "application/warc-fields", block: Array("fetchTimeMs: 120\r\n".utf8)),
    ]
  }

  @Test func gzipMembersOneARecordGiveThePagesAndCountTheRest() throws {
    let records = crawl()
    let file = records.flatMap(WARCBuilder.gzip)
    let found = read(file, chunk: 997)
    #expect(found.stop == nil)
    #expect(found.failures.isEmpty)
    #expect(
      found.pages.map(\.record.targetURI) == [
        "https://harbour.example/ferry", "https://harbour.example/market",
      ])
    #expect(found.skipped == [.notAResponse: 3, .notHTML: 1, .notSuccessful: 1])
    let ferry = try #require(found.pages.first)
    #expect(ferry.record.id == .string("<urn:uuid:ferry>"))
    #expect(ferry.record.warcDate == "2024-03-05T09:00:00Z")
    let article = try ArticleLoader.article(fromBytes: ferry.html, source: "test", format: .html)
      .article
    #expect(article.title == "Night ferry saved")
    #expect(article.text.contains("“We will keep the boats running,” said Mara Quint"))
  }

  @Test func aPlainWARCReadInTinyPiecesGivesTheSamePages() {
    let file = crawl().flatMap { $0 }
    let whole = read(file)
    let pieces = read(file, chunk: 7)
    #expect(whole.pages.count == 2)
    #expect(pieces.pages.map(\.html) == whole.pages.map(\.html))
    #expect(pieces.skipped == whole.skipped)
  }

  @Test func aChunkedBodyIsPutBackTogether() throws {
    let found = read(crawl().flatMap { $0 })
    let market = try #require(found.pages.last)
    let article = try ArticleLoader.article(fromBytes: market.html, source: "test", format: .html)
      .article
    #expect(article.text.contains("“The old hall is too small,” said Ivo Brandt"))
    #expect(!article.text.contains("\r\n64\r\n"))
  }

  @Test func aGzipEncodedBodyIsDecompressed() throws {
    let page = WARCBuilder.page(
      title: "Bridge closes", quote: "It is not safe", speaker: "Ada Lind")
    let file = WARCBuilder.response(
      uri: "https://harbour.example/bridge",
      headers: ["Content-Type: text/html", "Content-Encoding: gzip"], body: WARCBuilder.gzip(page))
    let found = read(file)
    #expect(found.pages.first?.html == page)
  }

  @Test func theHTTPHeadersCharsetComesBeforeThePagesOwn() throws {
    // The page says UTF-8, the server says Latin-1, and the bytes are Latin-1: é is E9.
    let body =
      Array("<html><head><meta charset=utf-8></head><body><p>Caf".utf8) + [0xE9]
      + Array(" du port</p></body></html>".utf8)
    let file = WARCBuilder.response(
      uri: "https://harbour.example/cafe", headers: ["Content-Type: text/html; charset=ISO-8859-1"],
      body: body)
    let page = try #require(read(file).pages.first)
    let article = try ArticleLoader.article(fromBytes: page.html, source: "test", format: .html)
      .article
    #expect(article.text.contains("Café du port"))
  }

  @Test func aRecordCutShortAtTheEndIsAFailureNamingIt() throws {
    let good = WARCBuilder.response(
      uri: "https://harbour.example/ferry", headers: ["Content-Type: text/html"],
      body: WARCBuilder.page(title: "Ferry", quote: "We stay", speaker: "Mara Quint"))
    let cut = WARCBuilder.response(
      uri: "https://harbour.example/cut", headers: ["Content-Type: text/html"],
      body: WARCBuilder.page(title: "Cut", quote: "We go", speaker: "Ivo Brandt"))
    let found = read(good + cut.prefix(cut.count / 2))
    #expect(found.pages.count == 1)
    #expect(found.stop == nil)
    let failure = try #require(found.failures.first)
    #expect(failure.0.targetURI == "https://harbour.example/cut")
    #expect(failure.1 == "the record is cut short at the end of the file")
  }

  @Test func aGzipMemberCutShortStopsTheFileAfterTheRecordsBefore() throws {
    let good = WARCBuilder.gzip(
      WARCBuilder.response(
        uri: "https://harbour.example/ferry", headers: ["Content-Type: text/html"],
        body: WARCBuilder.page(title: "Ferry", quote: "We stay", speaker: "Mara Quint")))
    let cut = WARCBuilder.gzip(
      WARCBuilder.response(
        uri: "https://harbour.example/cut", headers: ["Content-Type: text/html"],
        body: WARCBuilder.page(title: "Cut", quote: "We go", speaker: "Ivo Brandt")))
    let found = read(good + cut.prefix(cut.count / 2))
    #expect(found.pages.count == 1)
    #expect(found.failures.map(\.0.targetURI) == ["https://harbour.example/cut"])
    #expect(found.stop?.description == "the last gzip member is cut short")
  }

  @Test func aRecordOverTheLimitIsAFailureAndTheNextIsRead() {
    let big = WARCBuilder.response(
      uri: "https://harbour.example/big", headers: ["Content-Type: text/html"],
      body: Array(repeating: 0x41, count: 5000))
    let small = WARCBuilder.response(
      uri: "https://harbour.example/small", headers: ["Content-Type: text/html"],
      body: Array("<p>small</p>".utf8))
    let found = read(big + small, chunk: 512, limits: InputLimits(maxBytes: 1000))
    #expect(found.failures.map(\.0.targetURI) == ["https://harbour.example/big"])
    #expect(found.failures.first?.1.hasPrefix("larger than the 1000 bytes input limit") == true)
    #expect(found.pages.map(\.record.targetURI) == ["https://harbour.example/small"])
  }

  @Test func aFileThatIsNotAWARCStopsWithAMessage() {
    let found = read(Array("<html><body>not a crawl</body></html>".utf8))
    #expect(found.pages.isEmpty)
    #expect(found.stop?.description == "no WARC record at byte 0; not a WARC file?")
  }

  @Test func corruptGzipDataStopsWithAMessage() {
    var file = WARCBuilder.gzip(crawl()[2])
    // The first deflate block (after the 10-byte gzip header) of a reserved type.
    file[10] = 0xFF
    let found = read(file)
    #expect(found.pages.isEmpty)
    #expect(found.stop?.description.hasPrefix("corrupt gzip data") == true)
  }

  @Test func fileNamesThatAnnounceAWARC() {
    #expect(WARCReader.isWARC(path: "crawl/CC-NEWS-2024.warc.gz"))
    #expect(WARCReader.isWARC(path: "a.WARC"))
    #expect(!WARCReader.isWARC(path: "story.html"))
    #expect(!WARCReader.isWARC(path: "logs.gz"))
  }
}
