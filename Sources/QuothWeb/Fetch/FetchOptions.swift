/// How quoth fetches from the web: the limits every request keeps.
public struct FetchOptions: Sendable, Equatable {
  /// Seconds for the whole request, connecting included; also the longest wait for data.
  public var timeout: Double
  /// The largest body read, in bytes: reading stops past it, with an error.
  public var maxBytes: Int
  /// Redirects followed before giving up.
  public var maxRedirects: Int
  /// Sent with every request.
  public var userAgent: String

  public init(
    timeout: Double = FetchOptions.standardTimeout, maxBytes: Int = FetchOptions.standardMaxBytes,
    maxRedirects: Int = 10, userAgent: String = FetchOptions.standardUserAgent
  ) {
    self.timeout = timeout
    self.maxBytes = maxBytes
    self.maxRedirects = maxRedirects
    self.userAgent = userAgent
  }

  /// 30 seconds.
  public static let standardTimeout: Double = 30
  /// 20 MB.
  public static let standardMaxBytes = 20 << 20
  /// quoth's version, as `quoth --version` prints it.
  public static let version = "0.1.0"
  public static let standardUserAgent =
    "quoth/\(version) (terminal news reader; +https://github.com/quoth-reader/quoth)"
}
