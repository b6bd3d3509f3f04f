/// The identifier of an article in a corpus: the `id` of a JSON Lines record (a string or
/// an integer, written back as it came) or the `WARC-Record-ID` of a crawl's record.
public enum RecordID: Hashable, Sendable, CustomStringConvertible {
  case string(String)
  case integer(Int)

  public var description: String {
    switch self {
    case .string(let text): "“\(text)”"
    case .integer(let number): String(number)
    }
  }
}

/// What names an article of a corpus in its analysis: the record's id and, for a crawl's
/// record, the address it was fetched from and when.
public struct RecordFields: Hashable, Sendable {
  public var id: RecordID?
  /// `WARC-Target-URI`: the address the page was fetched from.
  public var targetURI: String?
  /// `WARC-Date`: when it was fetched (ISO 8601).
  public var warcDate: String?

  public init(id: RecordID? = nil, targetURI: String? = nil, warcDate: String? = nil) {
    self.id = id
    self.targetURI = targetURI
    self.warcDate = warcDate
  }
}
