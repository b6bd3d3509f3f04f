import Foundation
import QuothAnalysis
import QuothTestSupport
import Testing

@testable import QuothWeb

/// The fetcher against the loopback server (127.0.0.1 only).
@Suite(
  .serialized, .enabled(if: LoopbackServer.isAvailable, "needs python3 for the loopback server"))
struct FetcherTests {
  func server() throws -> LoopbackServer { try #require(LoopbackServer()) }

  func failure(_ body: () throws -> Void) -> FetchError? {
    do {
      try body()
      return nil
    } catch let error as FetchError {
      return error
    } catch {
      Issue.record("not a FetchError: \(error)")
      return nil
    }
  }

  @Test func sendsQuothsUserAgent() throws {
    let server = try server()
    let response = try Fetcher().fetch(server.url("/user-agent"))
    #expect(
      String(decoding: response.bytes, as: UTF8.self).hasPrefix("quoth/\(FetchOptions.version)"))
  }

  @Test func followsRedirectsUpToTen() throws {
    let server = try server()
    let response = try Fetcher().fetch(server.url("/redirect"))
    #expect(response.finalURL == server.url("/page.html"))
    #expect(response.mimeType == "text/html")
    #expect(response.charset == "utf-8")
    let error = failure { _ = try Fetcher().fetch(server.url("/loop/0")) }
    #expect(error?.cause == .tooManyRedirects(10))
  }

  @Test func namesTheStatusAndTheURL() throws {
    let server = try server()
    let notFound = failure { _ = try Fetcher().fetch(server.url("/404")) }
    #expect(notFound?.cause == .status(404))
    #expect(notFound?.description == "\(server.url("/404")): HTTP 404 Not Found")
    let broken = failure { _ = try Fetcher().fetch(server.url("/500")) }
    #expect(broken?.description == "\(server.url("/500")): HTTP 500 Internal Server Error")
  }

  @Test func refusedConnectionsAndBadAddressesAreNamed() {
    // Port 1 on the loopback: nothing listens there.
    let refused = failure { _ = try Fetcher().fetch("http://127.0.0.1:1/") }
    #expect(refused?.cause == .refused)
    let bad = failure { _ = try Fetcher().fetch("ftp://127.0.0.1/file") }
    #expect(bad?.cause == .badAddress)
  }

  @Test(.timeLimit(.minutes(3))) func givesUpOnAServerThatNeverAnswers() throws {
    let server = try server()
    let started = Date()
    let error = failure {
      _ = try Fetcher(options: FetchOptions(timeout: 1)).fetch(server.url("/hang"))
    }
    #expect(error?.cause == .timedOut(seconds: 1))
    #expect(Date().timeIntervalSince(started) < 4)
    #expect(error?.description.contains("timeout") == true)
  }

  @Test func stopsReadingPastTheSizeCap() throws {
    let server = try server()
    let error = failure {
      _ = try Fetcher(options: FetchOptions(maxBytes: 1 << 20)).fetch(server.url("/huge"))
    }
    #expect(error?.cause == .tooLarge(limit: 1 << 20))
    #expect(error?.description.contains("1 MB download limit") == true)
  }

  @Test func refusesABodyWhoseDeclaredSizeIsPastTheCap() throws {
    let server = try server()
    let error = failure {
      _ = try Fetcher(options: FetchOptions(maxBytes: 1 << 20)).fetch(server.url("/sized"))
    }
    #expect(error?.cause == .tooLarge(limit: 1 << 20))
    let fits = try Fetcher(options: FetchOptions(maxBytes: 3 << 20)).fetch(server.url("/sized"))
    #expect(fits.bytes.count == (2 << 20) + 7)
  }

  @Test func asksForCompressionAndUnpacksIt() throws {
    let server = try server()
    let response = try Fetcher().fetch(server.url("/gzip.html"))
    #expect(String(decoding: response.bytes, as: UTF8.self).contains("<h1>Packed page</h1>"))
  }

  @Test func saysLibcurlIsNeededWhenItCannotBeLoaded() {
    let fetcher = Fetcher(
      options: FetchOptions(), gate: FetchGate(), libraryName: "libcurl-quoth-absent.so.4")
    let error = failure { _ = try fetcher.fetch("http://127.0.0.1:1/story") }
    #expect(error?.url == "http://127.0.0.1:1/story")
    #expect(
      error?.description.hasPrefix(
        "http://127.0.0.1:1/story: libcurl (apt package libcurl4) is needed to fetch URLs")
        == true)
    #expect(error?.description.contains("libcurl-quoth-absent.so.4") == true)
  }

  @Test func asksConditionallyTheSecondTime() throws {
    let server = try server()
    let fetcher = Fetcher()
    let first = try fetcher.fetch(server.url("/etag.xml"))
    let second = try fetcher.fetch(server.url("/etag.xml"))
    #expect(!first.notModified)
    #expect(second.notModified)
    #expect(second.bytes == first.bytes)
    let stats = try fetcher.fetch(server.url("/stats"))
    let object = try JSONSerialization.jsonObject(with: Data(stats.bytes)) as? [String: Any]
    let sent = (object?["conditional"] as? [Any])?.map { $0 as? String }
    #expect(sent == [nil, "\"v1\""])
  }

  @Test func oneRequestAtATimePerHost() throws {
    let server = try server()
    let fetcher = Fetcher()
    DispatchQueue.concurrentPerform(iterations: 3) { _ in
      _ = try? fetcher.fetch(server.url("/slow.html"))
    }
    let stats = try fetcher.fetch(server.url("/stats"))
    let object = try JSONSerialization.jsonObject(with: Data(stats.bytes)) as? [String: Any]
    #expect(object?["mostActive"] as? Int == 1)
  }

  @Test func theGateRunsAtMostFourAtOnce() {
    let gate = FetchGate(limit: 4)
    final class Counter: @unchecked Sendable {
      let lock = NSLock()
      var running = 0
      var most = 0
    }
    let counter = Counter()
    DispatchQueue.concurrentPerform(iterations: 12) { index in
      gate.run(host: "host\(index)") {
        counter.lock.lock()
        counter.running += 1
        counter.most = max(counter.most, counter.running)
        counter.lock.unlock()
        usleep(30_000)
        counter.lock.lock()
        counter.running -= 1
        counter.lock.unlock()
      }
    }
    #expect(counter.most <= 4)
    #expect(counter.most >= 1)
  }

  @Test func readsTheCharsetTheServerNames() throws {
    let server = try server()
    let loaded = try WebSources().load(server.url("/latin1.html"))
    #expect(loaded.article.text.contains("The café in Småby reopened"))
    #expect(loaded.article.text.contains("crème brûlée"))
    #expect(loaded.article.url == server.url("/latin1.html"))
  }

  @Test func readsPlainTextAndMarkdownAndRefusesAPDF() throws {
    let server = try server()
    let sources = WebSources()
    #expect(try sources.load(server.url("/plain.txt")).article.format == .text)
    let markdown = try sources.load(server.url("/notes.md")).article
    #expect(markdown.format == .markdown)
    #expect(markdown.title == "Notes in Markdown")
    let error = failure { _ = try sources.load(server.url("/doc.pdf")) }
    #expect(error?.cause == .unsupportedContent("application/pdf"))
    #expect(error?.description.contains("is application/pdf") == true)
  }
}
