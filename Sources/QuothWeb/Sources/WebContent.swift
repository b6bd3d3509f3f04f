import QuothAnalysis

/// What a body from the web holds, from its MIME type and, when that says little
/// (none, `text/xml`, `application/octet-stream`), from the body itself.
public enum WebContent: Equatable, Sendable {
  /// An article in one of the formats quoth reads.
  case article(SourceFormat)
  /// A feed or an OPML list.
  case feed
  /// Something quoth does not read, by its MIME type.
  case unsupported(String)

  public init(_ response: WebResponse) {
    let mime = response.mimeType ?? ""
    switch mime {
    case "text/html", "application/xhtml+xml": self = .article(.html)
    case "text/markdown", "text/x-markdown": self = .article(.markdown)
    case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
      "application/feed+json", "text/x-opml", "application/x-opml+xml":
      self = .feed
    case "", "text/plain", "text/xml", "application/xml", "application/json",
      "application/octet-stream", "binary/octet-stream":
      if FeedParser.looksLikeFeed(response.bytes) {
        self = .feed
      } else if mime == "application/json"
        || mime.hasSuffix("octet-stream")
          && TextDecoding.looksBinary(response.bytes)
      {
        self = .unsupported(mime)
      } else {
        let guessed = FormatDetection.format(ofContent: response.bytes)
        // Plain text that looks like HTML is shown as text, as a browser would.
        self = .article(mime == "text/plain" && guessed == .html ? .text : guessed)
      }
    default:
      self = mime.hasPrefix("text/") ? .article(.text) : .unsupported(mime)
    }
  }

  /// The body as UTF-8 for ingest: converted from the charset the server named (the
  /// header wins over the page, as in browsers), marked with a byte-order mark so the
  /// HTML ingest does not read the page's own declaration again. Unchanged when the
  /// server named none, or UTF-8, or an encoding the system does not know.
  static func utf8Body(_ response: WebResponse) -> (bytes: [UInt8], replaced: Int) {
    guard let charset = response.charset, !["utf-8", "utf8"].contains(charset),
      let converted = TextDecoding.utf8Bytes(response.bytes, from: charset.uppercased())
    else { return (response.bytes, 0) }
    return ([0xEF, 0xBB, 0xBF] + converted.bytes, converted.replacedSequences)
  }
}
