/// The cache between runs around a `Fetcher`: a page or feed kept from an earlier run is
/// asked for conditionally (its ETag, Last-Modified), and a 304 answers with the kept body.
/// Every response that carries a validator is kept for the next run.
public final class CachingFetcher: WebFetching, @unchecked Sendable {
  public let fetcher: Fetcher
  public let cache: WebCache

  public init(fetcher: Fetcher, cache: WebCache) {
    self.fetcher = fetcher
    self.cache = cache
  }

  public var options: FetchOptions { fetcher.options }

  public func fetch(_ address: String) throws -> WebResponse {
    if let kept = cache.response(for: address) { fetcher.remember(kept) }
    let response = try fetcher.fetch(address)
    if response.notModified {
      cache.touch(address)
    } else {
      cache.store(response)
    }
    return response
  }
}
