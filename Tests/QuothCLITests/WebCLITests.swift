import Foundation
import QuothTestSupport
import Testing

/// `quoth` and `quoth analyze` on URLs, feeds, OPML and newsboat's `urls`, against the
/// loopback server the suite starts (127.0.0.1 only).
@Suite(
  .serialized, .timeLimit(.minutes(5)),
  .enabled(if: LoopbackServer.isAvailable, "needs python3 for the loopback server"))
final class WebCLITests {
  let server: LoopbackServer
  let folder: URL

  init() throws {
    server = try #require(LoopbackServer())
    folder = try QuothProcess.temporaryFolder()
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Runs quoth with the cache between runs in the test's folder.
  func quoth(
    _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 120
  ) throws -> QuothProcess.Result {
    try QuothProcess.run(
      arguments,
      environment: environment.merging([
        "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path
      ]) { $1 },
      timeout: timeout)
  }

  struct Row: Decodable {
    var source: String
    var title: String?
    var date: String?
    var url: String?
    var quotes: [Quote]
    struct Quote: Decodable { var speaker: String? }
  }

  func rows(_ output: String) throws -> [Row] {
    try output.split(separator: "\n").map {
      try JSONDecoder().decode(Row.self, from: Data($0.utf8))
    }
  }

  @Test func analyzeAFeedPrintsOneJSONLinePerEntryNewestFirst() throws {
    let run = try quoth(["analyze", "--format", "json", server.url("/feed.xml")])
    #expect(run.status == 0, "\(run.errors)")
    let rows = try rows(run.output)
    #expect(rows.map(\.title) == ["Story number 3", "Story number 2", "Story number 1"])
    #expect(rows[0].source == server.url("/articles/3.html"))
    #expect(rows[0].date == "2024-03-04T03:00:00Z")
    // Read from the feed's content: the engineer is quoted.
    #expect(rows[0].quotes.contains { $0.speaker == "Hanna Berg" })
    // Entry 2 has no content: its page was fetched.
    #expect(rows[1].quotes.contains { $0.speaker == "Marta Olsen" })
  }

  @Test func aPageURLIsReadLikeAFile() throws {
    let run = try quoth(["analyze", "--format", "json", server.url("/redirect")])
    #expect(run.status == 0, "\(run.errors)")
    let row = try #require(try rows(run.output).first)
    #expect(row.source == server.url("/redirect"))
    #expect(row.url == server.url("/page.html"))
    #expect(row.quotes.contains { $0.speaker == "Rupert Dane" })
  }

  @Test(.timeLimit(.minutes(3))) func aServerThatNeverAnswersEndsWithinTheTimeout() throws {
    let started = Date()
    let run = try quoth(["--timeout", "2", server.url("/hang")], timeout: 20)
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(run.status == 1)
    #expect(run.errors.contains(server.url("/hang")))
    #expect(run.errors.contains("no answer within the 2 s timeout"))
  }

  @Test func everyFailureNamesTheURLAndTheCause() throws {
    let run = try quoth([
      "analyze", "--max-download-size", "1M", server.url("/404"), server.url("/500"),
      server.url("/doc.pdf"), server.url("/huge"), server.url("/malformed.xml"),
      "http://127.0.0.1:1/", server.url("/plain.txt"),
    ])
    #expect(run.status == 1)
    let lines = run.errors.split(separator: "\n").map(String.init)
    #expect(lines.contains("quoth: \(server.url("/404")): HTTP 404 Not Found"))
    #expect(lines.contains("quoth: \(server.url("/500")): HTTP 500 Internal Server Error"))
    #expect(lines.contains { $0.hasPrefix("quoth: \(server.url("/doc.pdf")): is application/pdf") })
    #expect(
      lines.contains {
        $0.hasPrefix("quoth: \(server.url("/huge")): larger than the 1 MB download limit")
      })
    #expect(lines.contains { $0.hasPrefix("quoth: \(server.url("/malformed.xml")): ") })
    #expect(lines.contains("quoth: http://127.0.0.1:1/: the connection was refused"))
    // The one that could be read still is.
    #expect(run.output.contains("Ola Brandt"))
  }

  @Test func titlesWithEscapeSequencesNeverReachTheTerminal() throws {
    let text = try quoth(["analyze", server.url("/escapes.json")])
    let screen = try quoth(["--screen", "120x20", server.url("/escapes.json")])
    for output in [text.output, text.errors, screen.output, screen.errors] {
      #expect(
        !output.unicodeScalars.contains { scalar in
          (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value)
        })
    }
    #expect(screen.output.contains("Red ^[[31malert^[[0m title"))
  }

  @Test func theScreenListsAFeedAndEnterOpensTheFirstEntry() throws {
    let list = try quoth(["--screen", "120x40", server.url("/feed.xml")])
    #expect(list.status == 0, "\(list.errors)")
    let lines = list.output.split(separator: "\n").map(String.init)
    let story3 = try #require(lines.firstIndex { $0.contains("Story number 3") })
    let story1 = try #require(lines.firstIndex { $0.contains("Story number 1") })
    #expect(story3 < story1)
    let opened = try quoth([
      "--screen", "120x40", "--keys", "<Enter>", server.url("/feed.xml"),
    ])
    #expect(opened.output.contains("Story number 3"))
    #expect(opened.output.contains("The bridge will open in spring"))
    #expect(opened.output.contains("│ Quotes"))
    #expect(opened.output.contains("Hanna Berg"))
  }

  @Test func opmlAndNewsboatURLsOpenEveryFeedAsOneList() throws {
    let urls = folder.appendingPathComponent("urls")
    try """
    # newsboat's urls
    \(server.url("/rdf.xml")) news "~Local RDF"
    \(server.url("/feed.json"))
    "query:Unread:unread = \\"yes\\""
    """.write(to: urls, atomically: true, encoding: .utf8)
    let run = try quoth(["analyze", "--format", "json", "--urls", urls.path])
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      try rows(run.output).map(\.title) == [
        "Newer RDF story", "JSON story two", "JSON story one", "Older RDF story",
      ])
    #expect(run.errors.contains("not an http or https feed; skipped"))
    let opml = try quoth([
      "analyze", "--format", "json", server.url("/subscriptions.opml"),
    ])
    #expect(try rows(opml.output).count == 4)
  }

  @Test func aFeedFileIsReadLikeAFeedURL() throws {
    let file = folder.appendingPathComponent("saved.atom")
    try """
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Saved</title>
    <entry><title>Kept offline</title><link href="http://127.0.0.1:1/kept"/>
    <content type="text">“Nothing is fetched,” said Nils Ek.</content></entry></feed>
    """.write(to: file, atomically: true, encoding: .utf8)
    let run = try quoth(["analyze", "--format", "json", file.path])
    #expect(run.status == 0, "\(run.errors)")
    let row = try #require(try rows(run.output).first)
    #expect(row.title == "Kept offline")
    #expect(row.quotes.first?.speaker == "Nils Ek")
  }

  @Test func theProxyVariablesAreHonoured() throws {
    // A name that is never resolved: through the proxy (the loopback server), it is the
    // proxy's to fetch; the server answers such requests itself.
    let address = "http://quoth-proxy-test.invalid/story"
    let proxied = try quoth(
      ["analyze", "--format", "json", address],
      environment: ["http_proxy": server.url(""), "no_proxy": ""])
    #expect(proxied.status == 0, "\(proxied.errors)")
    #expect(try rows(proxied.output).first?.title == "Through the proxy")
    // no_proxy names the host: it is fetched directly, past a proxy that refuses everything.
    let page = server.url("/plain.txt")
    let deadProxy = "http://127.0.0.1:1"
    let direct = try quoth(
      ["analyze", page], environment: ["http_proxy": deadProxy, "no_proxy": "127.0.0.1"])
    #expect(direct.status == 0, "\(direct.errors)")
    let refused = try quoth(
      ["analyze", page], environment: ["http_proxy": deadProxy, "no_proxy": ""])
    #expect(refused.status == 1)
  }

  #if os(Linux)
    /// glibc's loader reports every library a run loads, at start and by `dlopen`.
    func librariesLoaded(_ arguments: [String]) throws -> [String] {
      let run = try QuothProcess.run(arguments, environment: ["LD_DEBUG": "libs"])
      #expect(run.status == 0, "\(run.errors)")
      return run.errors.split(separator: "\n").compactMap { line in
        line.range(of: "calling init: ").map { String(line[$0.upperBound...]) }
      }
    }

    @Test func libcurlIsLoadedOnlyToFetch() throws {
      let file = folder.appendingPathComponent("local.txt")
      try "“Nothing here needs the network,” said Ida Strand.\n".write(
        to: file, atomically: true, encoding: .utf8)
      let local = try librariesLoaded(["--screen", "80x24", file.path])
      #expect(!local.isEmpty)
      #expect(!local.contains { $0.contains("libcurl") || $0.contains("FoundationNetworking") })
      let fetched = try librariesLoaded(["--screen", "80x24", server.url("/plain.txt")])
      #expect(fetched.contains { $0.contains("libcurl") })
    }
  #endif

  @Test func aThousandEntriesAllList() throws {
    let run = try quoth([
      "--screen", "120x12", "--keys", "G", server.url("/big-feed.xml"),
    ])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("1,000 articles"))
  }

  @Test func aFeedFetchedInAnEarlierRunIsAskedForConditionally() throws {
    let feed = server.url("/etag.xml")
    let first = try quoth(["analyze", "--format", "json", feed])
    #expect(first.status == 0, "\(first.errors)")
    let second = try quoth(["analyze", "--format", "json", feed])
    #expect(second.status == 0, "\(second.errors)")
    // The second run sent the ETag it kept, and the 304's answer is the kept feed.
    #expect(try rows(second.output).map(\.title) == rows(first.output).map(\.title))
    #expect(try conditionalHeadersSent() == [nil, "\"v1\""])
    // --no-cache: neither read nor written.
    let uncached = try quoth(["analyze", "--no-cache", "--format", "json", feed])
    #expect(uncached.status == 0, "\(uncached.errors)")
    #expect(try conditionalHeadersSent() == [nil, "\"v1\"", nil])
  }

  @Test func theConfigTurnsTheCacheOff() throws {
    let config = folder.appendingPathComponent("config/quoth")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try "cache = false\n".write(
      to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    let environment = ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
    for _ in 0..<2 {
      let run = try quoth(["analyze", server.url("/etag.xml")], environment: environment)
      #expect(run.status == 0, "\(run.errors)")
    }
    #expect(try conditionalHeadersSent() == [nil, nil])
    let cache = folder.appendingPathComponent("cache/quoth/web").path
    #expect(!FileManager.default.fileExists(atPath: cache))
  }

  /// The `If-None-Match` headers the server was sent for `/etag.xml`, in order.
  func conditionalHeadersSent() throws -> [String?] {
    let object = try JSONSerialization.jsonObject(with: server.get("/stats")) as? [String: Any]
    return ((object?["conditional"] as? [Any]) ?? []).map { $0 as? String }
  }
}
