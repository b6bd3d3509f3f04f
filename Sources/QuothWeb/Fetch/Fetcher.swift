import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Fetches URLs over HTTP and HTTPS with Foundation's `URLSession` (libcurl on Linux):
/// quoth's User-Agent, at most `maxRedirects` redirects, a total timeout, a size cap
/// that stops reading, the proxies of `http_proxy`/`https_proxy`/`no_proxy`, and
/// conditional requests (ETag, Last-Modified) for a URL fetched again in the same run.
/// Safe to call from several threads: `gate` keeps it to four requests at once and one
/// per host.
public final class Fetcher: @unchecked Sendable {
  public let options: FetchOptions
  private let gate: FetchGate
  private let lock = NSLock()
  /// Responses fetched earlier in this run that carried a validator, by URL.
  private var validated: [String: WebResponse] = [:]

  public init(options: FetchOptions = FetchOptions(), gate: FetchGate = FetchGate()) {
    self.options = options
    self.gate = gate
  }

  /// Whether `text` is an address quoth fetches (http or https).
  public static func isWebAddress(_ text: String) -> Bool {
    let lower = text.prefix(8).lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// The body at `address`, or an error naming it and the cause. Waits for its turn at
  /// the gate; blocks the calling thread (call it off the UI thread).
  public func fetch(_ address: String) throws -> WebResponse {
    guard Fetcher.isWebAddress(address), let url = URL(string: address), let host = url.host,
      !host.isEmpty
    else { throw FetchError(url: address, cause: .badAddress) }
    return try gate.run(host: host.lowercased()) { try fetchNow(url, address: address) }
  }

  private func fetchNow(_ url: URL, address: String) throws -> WebResponse {
    var request = URLRequest(url: url)
    request.cachePolicy = .reloadIgnoringLocalCacheData
    request.timeoutInterval = options.timeout
    request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
    request.setValue(
      "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
        + "application/feed+json, application/xml;q=0.9, text/*;q=0.8, */*;q=0.1",
      forHTTPHeaderField: "Accept")
    lock.lock()
    let earlier = validated[address]
    lock.unlock()
    if let earlier {
      if let etag = earlier.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
      if let modified = earlier.lastModified {
        request.setValue(modified, forHTTPHeaderField: "If-Modified-Since")
      }
    }
    let configuration = URLSessionConfiguration.ephemeral
    configuration.urlCache = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.timeoutIntervalForRequest = options.timeout
    configuration.timeoutIntervalForResource = options.timeout
    configuration.httpAdditionalHeaders = ["User-Agent": options.userAgent]
    let delegate = FetchDelegate(maxBytes: options.maxBytes, maxRedirects: options.maxRedirects)
    let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    defer { session.invalidateAndCancel() }
    let task = session.dataTask(with: request)
    task.resume()
    guard delegate.done.wait(timeout: .now() + options.timeout) == .success else {
      task.cancel()
      throw FetchError(url: address, cause: .timedOut(seconds: options.timeout))
    }
    let outcome = delegate.outcome()
    if let cause = outcome.cause { throw FetchError(url: address, cause: cause) }
    if let error = outcome.error { throw FetchError(url: address, cause: cause(of: error)) }
    guard let http = outcome.response else {
      throw FetchError(url: address, cause: .network("no response"))
    }
    if http.statusCode == 304, let earlier {
      var response = earlier
      response.notModified = true
      return response
    }
    guard (200..<300).contains(http.statusCode) else {
      throw FetchError(url: address, cause: .status(http.statusCode))
    }
    let type = WebResponse.contentType(http.value(forHTTPHeaderField: "Content-Type"))
    let response = WebResponse(
      url: address, finalURL: http.url?.absoluteString ?? address, bytes: outcome.bytes,
      mimeType: type.mimeType, charset: type.charset,
      etag: http.value(forHTTPHeaderField: "ETag"),
      lastModified: http.value(forHTTPHeaderField: "Last-Modified"))
    if response.etag != nil || response.lastModified != nil {
      lock.lock()
      validated[address] = response
      lock.unlock()
    }
    return response
  }

  /// Takes a response kept from an earlier run (`CachingFetcher`): the next fetch of its
  /// address asks conditionally, and a 304 answers with this response.
  public func remember(_ response: WebResponse) {
    guard response.etag != nil || response.lastModified != nil else { return }
    lock.lock()
    validated[response.url] = response
    lock.unlock()
  }

  /// The cause of a failure `URLSession` reports.
  private func cause(of error: Error) -> FetchError.Cause {
    guard let error = error as? URLError else {
      return .network((error as NSError).localizedDescription)
    }
    switch error.code {
    case .timedOut: return .timedOut(seconds: options.timeout)
    case .cannotFindHost, .dnsLookupFailed: return .unknownHost
    case .cannotConnectToHost: return .refused
    case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
      .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot,
      .clientCertificateRejected, .clientCertificateRequired:
      return .tls(error.localizedDescription)
    case .httpTooManyRedirects: return .tooManyRedirects(options.maxRedirects)
    case .unsupportedURL: return .badAddress
    default: return .network(error.localizedDescription)
    }
  }
}

/// Collects one request's response and body for `Fetcher`, stopping at the size cap
/// and after too many redirects.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  let done = DispatchSemaphore(value: 0)
  private let maxBytes: Int
  private let maxRedirects: Int
  private let lock = NSLock()
  private var bytes: [UInt8] = []
  private var response: HTTPURLResponse?
  private var redirects = 0
  private var cause: FetchError.Cause?
  private var error: Error?

  init(maxBytes: Int, maxRedirects: Int) {
    self.maxBytes = maxBytes
    self.maxRedirects = maxRedirects
  }

  func outcome() -> (
    bytes: [UInt8], response: HTTPURLResponse?, cause: FetchError.Cause?, error: Error?
  ) {
    lock.lock()
    defer { lock.unlock() }
    return (bytes, response, cause, error)
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    lock.lock()
    self.response = response as? HTTPURLResponse
    let tooLarge = response.expectedContentLength > Int64(maxBytes)
    if tooLarge { cause = .tooLarge(limit: maxBytes) }
    lock.unlock()
    completionHandler(tooLarge ? .cancel : .allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    lock.lock()
    if cause == nil {
      if bytes.count + data.count > maxBytes {
        cause = .tooLarge(limit: maxBytes)
        lock.unlock()
        dataTask.cancel()
        return
      }
      bytes.append(contentsOf: data)
    }
    lock.unlock()
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask,
    willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
    completionHandler: @escaping (URLRequest?) -> Void
  ) {
    lock.lock()
    redirects += 1
    let allowed = redirects <= maxRedirects
    if !allowed { cause = .tooManyRedirects(maxRedirects) }
    lock.unlock()
    completionHandler(allowed ? request : nil)
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    lock.lock()
    self.error = error
    lock.unlock()
    done.signal()
  }
}
