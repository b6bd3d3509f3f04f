import Foundation

/// A body fetched from the web, with what the server said about it.
public struct WebResponse: Sendable {
  /// The address asked for.
  public var url: String
  /// The address the body came from, after redirects.
  public var finalURL: String
  public var bytes: [UInt8]
  /// The MIME type, lower-cased, without parameters (`text/html`); nil when not sent.
  public var mimeType: String?
  /// The `charset` parameter of the content type, lower-cased; nil when not sent.
  public var charset: String?
  /// Validators for a conditional request the next time.
  public var etag: String?
  public var lastModified: String?
  /// True when the server said the copy fetched earlier in this run is still current (304).
  public var notModified = false

  public init(
    url: String, finalURL: String, bytes: [UInt8], mimeType: String?, charset: String?,
    etag: String? = nil, lastModified: String? = nil
  ) {
    self.url = url
    self.finalURL = finalURL
    self.bytes = bytes
    self.mimeType = mimeType
    self.charset = charset
    self.etag = etag
    self.lastModified = lastModified
  }

  /// Splits a `Content-Type` header into the MIME type and charset, lower-cased.
  static func contentType(_ header: String?) -> (mimeType: String?, charset: String?) {
    guard let header else { return (nil, nil) }
    let parts = header.split(separator: ";").map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    let mime = parts.first.flatMap { $0.isEmpty ? nil : $0 }
    let charset = parts.dropFirst().first { $0.hasPrefix("charset=") }.map {
      String($0.dropFirst("charset=".count)).trimmingCharacters(
        in: CharacterSet(charactersIn: "\"'"))
    }
    return (mime, charset)
  }
}
