import Foundation
import QuothTestSupport
import Testing

@testable import QuothWeb

/// The cache between runs: what it keeps, the conditional request a later run sends, the
/// size bound, and entries that cannot be read.
@Suite(.serialized, .timeLimit(.minutes(3)))
final class WebCacheTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-cache-test-\(UUID().uuidString)")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  func response(_ url: String, body: String, etag: String? = "\"a\"") -> WebResponse {
    WebResponse(
      url: url, finalURL: url + "?final", bytes: Array(body.utf8), mimeType: "text/html",
      charset: "utf-8", etag: etag, lastModified: "Mon, 04 Mar 2024 10:00:00 GMT")
  }

  @Test func keepsAResponseWithItsValidators() {
    let cache = WebCache(directory: folder)
    cache.store(response("http://127.0.0.1/a", body: "<p>Kept page</p>"))
    let kept = cache.response(for: "http://127.0.0.1/a")
    #expect(kept.map { String(decoding: $0.bytes, as: UTF8.self) } == "<p>Kept page</p>")
    #expect(kept?.etag == "\"a\"")
    #expect(kept?.lastModified == "Mon, 04 Mar 2024 10:00:00 GMT")
    #expect(kept?.finalURL == "http://127.0.0.1/a?final")
    #expect(kept?.charset == "utf-8")
    #expect(cache.response(for: "http://127.0.0.1/b") == nil)
  }

  @Test func aResponseWithoutValidatorsIsNotKept() {
    let cache = WebCache(directory: folder)
    var plain = response("http://127.0.0.1/plain", body: "text", etag: nil)
    plain.lastModified = nil
    cache.store(plain)
    #expect(cache.response(for: "http://127.0.0.1/plain") == nil)
  }

  @Test func corruptEntriesAreIgnored() throws {
    let cache = WebCache(directory: folder)
    let addresses = (1...4).map { "http://127.0.0.1/page\($0)" }
    for address in addresses { cache.store(response(address, body: "<p>Body of \(address)</p>")) }
    let files = addresses.map { cache.file(for: $0) }
    let whole = try Data(contentsOf: files[0])
    // Another address's entry under this one's name (as a hash collision would be).
    try whole.write(to: files[3])
    // Cut short, not an entry, empty.
    try whole.prefix(whole.count - 3).write(to: files[0])
    try Data("not a cache entry\n<p>".utf8).write(to: files[1])
    try Data().write(to: files[2])
    for address in addresses { #expect(cache.response(for: address) == nil, "\(address)") }
    for file in files { #expect(!FileManager.default.fileExists(atPath: file.path)) }
  }

  @Test func theOldestEntriesGoPastTheSizeBound() throws {
    let body = String(repeating: "x", count: 1000)
    let cache = WebCache(directory: folder, maxBytes: 4000)
    for number in 1...3 {
      cache.store(response("http://127.0.0.1/\(number)", body: body))
      // Modification times a second apart, oldest first.
      try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSinceNow: Double(number - 10))],
        ofItemAtPath: cache.file(for: "http://127.0.0.1/\(number)").path)
    }
    // Used again: no longer the oldest.
    cache.touch("http://127.0.0.1/1")
    cache.store(response("http://127.0.0.1/4", body: body))
    #expect(cache.response(for: "http://127.0.0.1/1") != nil)
    #expect(cache.response(for: "http://127.0.0.1/2") == nil)
    #expect(cache.response(for: "http://127.0.0.1/3") != nil)
    #expect(cache.response(for: "http://127.0.0.1/4") != nil)
  }

  @Test(.enabled(if: LoopbackServer.isAvailable, "needs python3 for the loopback server"))
  func aLaterRunAsksConditionallyAndA304UsesTheKeptBody() throws {
    let server = try #require(LoopbackServer())
    let address = server.url("/etag.xml")
    // Two runs: two fetchers, one cache folder.
    let first = try CachingFetcher(fetcher: Fetcher(), cache: WebCache(directory: folder))
      .fetch(address)
    let second = try CachingFetcher(fetcher: Fetcher(), cache: WebCache(directory: folder))
      .fetch(address)
    #expect(!first.notModified)
    #expect(second.notModified)
    #expect(second.bytes == first.bytes)
    #expect(FeedParser.looksLikeFeed(second.bytes))
    let stats = try JSONSerialization.jsonObject(with: server.get("/stats")) as? [String: Any]
    let sent = (stats?["conditional"] as? [Any])?.map { $0 as? String }
    #expect(sent == [nil, "\"v1\""])
  }

  @Test(.enabled(if: LoopbackServer.isAvailable, "needs python3 for the loopback server"))
  func aCorruptEntryMeansAnOrdinaryFetch() throws {
    let server = try #require(LoopbackServer())
    let address = server.url("/etag.xml")
    let cache = WebCache(directory: folder)
    _ = try CachingFetcher(fetcher: Fetcher(), cache: cache).fetch(address)
    try Data("{\"url\": 5}\n".utf8).write(to: cache.file(for: address))
    let again = try CachingFetcher(fetcher: Fetcher(), cache: cache).fetch(address)
    #expect(!again.notModified)
    #expect(FeedParser.looksLikeFeed(again.bytes))
    // Kept again, whole.
    #expect(cache.response(for: address)?.bytes == again.bytes)
  }
}
