import CCurl
import Foundation

/// Fetches URLs over HTTP and HTTPS with libcurl, opened on the first fetch (see
/// `CurlLibrary`): quoth's User-Agent, at most `maxRedirects` redirects, a connect and
/// total timeout, a size cap that stops reading, the proxies of
/// `http_proxy`/`https_proxy`/`no_proxy` (libcurl reads them), and conditional requests
/// (ETag, Last-Modified) for a URL fetched again in the same run. Safe to call from
/// several threads: `gate` keeps it to four requests at once and one per host.
public final class Fetcher: @unchecked Sendable {
  public let options: FetchOptions
  private let gate: FetchGate
  /// The libcurl to open instead of the system's (a test's missing library); nil for the system's.
  private let libraryName: String?
  private let lock = NSLock()
  /// Responses fetched earlier in this run that carried a validator, by URL.
  private var validated: [String: WebResponse] = [:]

  public convenience init(options: FetchOptions = FetchOptions(), gate: FetchGate = FetchGate()) {
    self.init(options: options, gate: gate, libraryName: nil)
  }

  init(options: FetchOptions, gate: FetchGate, libraryName: String?) {
    self.options = options
    self.gate = gate
    self.libraryName = libraryName
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
    return try gate.run(host: host.lowercased()) { try fetchNow(address) }
  }

  private func fetchNow(_ address: String) throws -> WebResponse {
    let loaded =
      libraryName.map { name in
        Result { () throws(CurlLibrary.Unavailable) in try CurlLibrary(name: name) }
      } ?? CurlLibrary.system
    let curl: CurlLibrary
    switch loaded {
    case .success(let library): curl = library
    case .failure(let unavailable):
      throw FetchError(
        url: address,
        cause: .network(
          "libcurl (apt package libcurl4) is needed to fetch URLs (\(unavailable.detail))"))
    }
    var headers = [
      "Accept: text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
        + "application/feed+json, application/xml;q=0.9, text/*;q=0.8, */*;q=0.1"
    ]
    lock.lock()
    let earlier = validated[address]
    lock.unlock()
    if let earlier {
      if let etag = earlier.etag { headers.append("If-None-Match: \(etag)") }
      if let modified = earlier.lastModified { headers.append("If-Modified-Since: \(modified)") }
    }
    let transfer = curl.get(
      address, userAgent: options.userAgent, headers: headers,
      maxRedirects: options.maxRedirects, timeout: options.timeout, maxBytes: options.maxBytes)
    switch transfer.outcome {
    case QUOTH_FETCH_TOO_LARGE:
      throw FetchError(url: address, cause: .tooLarge(limit: options.maxBytes))
    case QUOTH_FETCH_FAILED:
      throw FetchError(url: address, cause: cause(of: transfer))
    default: break
    }
    if transfer.status == 304, let earlier {
      var response = earlier
      response.notModified = true
      return response
    }
    guard (200..<300).contains(transfer.status) else {
      throw FetchError(url: address, cause: .status(transfer.status))
    }
    let type = WebResponse.contentType(transfer.headers["content-type"])
    let response = WebResponse(
      url: address, finalURL: transfer.finalURL ?? address, bytes: transfer.body,
      mimeType: type.mimeType, charset: type.charset, etag: transfer.headers["etag"],
      lastModified: transfer.headers["last-modified"])
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

  /// The cause of a transfer libcurl failed, from its result code.
  private func cause(of transfer: CurlLibrary.Transfer) -> FetchError.Cause {
    switch transfer.curlCode {
    case QUOTH_CURLE_OPERATION_TIMEDOUT: .timedOut(seconds: options.timeout)
    case QUOTH_CURLE_COULDNT_RESOLVE_HOST: .unknownHost
    case QUOTH_CURLE_COULDNT_CONNECT: .refused
    case QUOTH_CURLE_TOO_MANY_REDIRECTS: .tooManyRedirects(options.maxRedirects)
    case QUOTH_CURLE_UNSUPPORTED_PROTOCOL, QUOTH_CURLE_URL_MALFORMAT: .badAddress
    case QUOTH_CURLE_SSL_CONNECT_ERROR, QUOTH_CURLE_SSL_ENGINE_NOTFOUND,
      QUOTH_CURLE_SSL_ENGINE_SETFAILED, QUOTH_CURLE_SSL_CERTPROBLEM, QUOTH_CURLE_SSL_CIPHER,
      QUOTH_CURLE_PEER_FAILED_VERIFICATION, QUOTH_CURLE_USE_SSL_FAILED,
      QUOTH_CURLE_SSL_ENGINE_INITFAILED, QUOTH_CURLE_SSL_CACERT_BADFILE,
      QUOTH_CURLE_SSL_SHUTDOWN_FAILED, QUOTH_CURLE_SSL_CRL_BADFILE, QUOTH_CURLE_SSL_ISSUER_ERROR,
      QUOTH_CURLE_SSL_PINNEDPUBKEYNOTMATCH, QUOTH_CURLE_SSL_INVALIDCERTSTATUS:
      .tls(transfer.message)
    default: .network(transfer.message)
    }
  }
}
