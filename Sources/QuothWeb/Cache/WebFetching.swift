/// What reads a web address for `WebSources`: the `Fetcher` itself, or the cache between
/// runs around it (`CachingFetcher`).
public protocol WebFetching: Sendable {
  /// The limits every request keeps.
  var options: FetchOptions { get }
  /// The body at `address`, or an error naming it and the cause; blocks the calling thread.
  func fetch(_ address: String) throws -> WebResponse
}

extension Fetcher: WebFetching {}
