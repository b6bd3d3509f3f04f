/// Why a URL could not be read. The message names the URL and the cause.
public struct FetchError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Cause: Equatable, Sendable {
    /// The server answered with an error status (404, 500, …).
    case status(Int)
    case unknownHost
    case refused
    case timedOut(seconds: Double)
    case tls(String)
    case tooLarge(limit: Int)
    case tooManyRedirects(Int)
    /// Content quoth does not read (a PDF, an image); the MIME type.
    case unsupportedContent(String)
    /// Not an address quoth fetches (another scheme, no host).
    case badAddress
    /// Any other network failure, as the system describes it.
    case network(String)
  }

  public var url: String
  public var cause: Cause

  public init(url: String, cause: Cause) {
    self.url = url
    self.cause = cause
  }

  /// The cause alone, as the list shows it beside the URL.
  public var reason: String {
    switch cause {
    case .status(let code): "HTTP \(code) \(FetchError.statusText(code))"
    case .unknownHost: "the host name is not known (DNS)"
    case .refused: "the connection was refused"
    case .timedOut(let seconds):
      "no answer within the \(FetchError.seconds(seconds)) timeout (--timeout)"
    case .tls(let detail): "the secure connection failed (TLS): \(detail)"
    case .tooLarge(let limit):
      "larger than the \(FetchError.size(limit)) download limit (--max-download-size); stopped reading"
    case .tooManyRedirects(let count): "more than \(count) redirects"
    case .unsupportedContent(let type):
      "is \(type), not a page, text or feed quoth reads"
    case .badAddress: "not an http or https address quoth can fetch"
    case .network(let detail): detail
    }
  }

  public var description: String { "\(url): \(reason)" }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  static func size(_ bytes: Int) -> String {
    for (unit, name) in [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
    where bytes % unit == 0 {
      return "\(bytes / unit) \(name)"
    }
    return "\(bytes) bytes"
  }

  static func statusText(_ code: Int) -> String {
    switch code {
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 410: "Gone"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    case 504: "Gateway Timeout"
    default: code >= 500 ? "(server error)" : "(client error)"
    }
  }
}
