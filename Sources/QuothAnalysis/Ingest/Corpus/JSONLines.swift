import Foundation

/// Articles as JSON Lines, one JSON object a line: `id` (a string or an integer), the
/// article in one of `html`, `text` or `markdown`, and optionally `url` and `title`.
public enum JSONLines {
  /// One line of the stream, read and not yet parsed.
  public struct Line: Sendable {
    /// 1-based.
    public var number: Int
    public var bytes: [UInt8]
  }

  /// A line that could not be read as an article: the id when the line had one.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var id: RecordID?
    public var description: String
  }

  /// An article of the stream.
  public struct Record: Sendable {
    public var id: RecordID
    public var content: String
    public var format: SourceFormat
    public var url: String?
    public var title: String?

    /// The article, read as its format says (`source` names it in warnings); `url` and
    /// `title`, when the line gives them, are put before what ingest found.
    public func article(source: String) throws -> ArticleLoader.Loaded {
      var bytes = Array(content.utf8)
      // Already decoded text: a byte-order mark makes HTML ingest read it as UTF-8
      // whatever the page's `<meta charset>` says.
      if format == .html { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
      var loaded = try ArticleLoader.article(fromBytes: bytes, source: source, format: format)
      if let url { loaded.article.url = url }
      if let title { loaded.article.title = title }
      return loaded
    }
  }

  /// The fields of a line, all optional so that a missing or mistyped one gets a message
  /// of its own.
  private struct Fields: Decodable {
    var id: Field<RecordID>?
    var html: Field<String>?
    var text: Field<String>?
    var markdown: Field<String>?
    var url: Field<String>?
    var title: Field<String>?
  }

  /// A field's value, or the JSON type it had when that was not the one expected.
  private enum Field<Value: Decodable>: Decodable {
    case value(Value)
    case null
    case wrongType

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let value = try? container.decode(Value.self) {
        self = .value(value)
      } else {
        self = .wrongType
      }
    }
  }

  /// Parses one line into an article record.
  public static func record(_ line: [UInt8]) throws(Failure) -> Record {
    let fields: Fields
    do {
      fields = try JSONDecoder().decode(Fields.self, from: Data(line))
    } catch DecodingError.typeMismatch {
      throw Failure(id: nil, description: "not a JSON object")
    } catch {
      throw Failure(id: nil, description: "not valid JSON")
    }
    let id: RecordID
    switch fields.id {
    case .value(let value)?: id = value
    case .wrongType?: throw Failure(id: nil, description: "“id” must be a string or an integer")
    case .null?, nil: throw Failure(id: nil, description: "no “id”")
    }
    var found: [(String, String, SourceFormat)] = []
    for (name, field, format) in [
      ("html", fields.html, SourceFormat.html), ("text", fields.text, .text),
      ("markdown", fields.markdown, .markdown),
    ] {
      switch field {
      case .value(let content)?: found.append((name, content, format))
      case .wrongType?: throw Failure(id: id, description: "“\(name)” must be a string")
      case .null?, nil: break
      }
    }
    guard let (_, content, format) = found.first else {
      throw Failure(id: id, description: "no “html”, “text” or “markdown”")
    }
    if found.count > 1 {
      throw Failure(
        id: id,
        description: "both “\(found[0].0)” and “\(found[1].0)”: give the article once")
    }
    func optional(_ field: Field<String>?, _ name: String) throws(Failure) -> String? {
      switch field {
      case .value(let text)?: return text
      case .wrongType?: throw Failure(id: id, description: "“\(name)” must be a string")
      case .null?, nil: return nil
      }
    }
    return Record(
      id: id, content: content, format: format, url: try optional(fields.url, "url"),
      title: try optional(fields.title, "title"))
  }

  /// Splits a stream into lines as its bytes arrive (`next` hands them over, empty at the
  /// end), handing each line that is not blank to `body`. A line longer than `maxBytes`
  /// is not held: `tooLong` gets its number instead.
  public static func lines(
    from next: () throws -> [UInt8], maxBytes: Int, _ body: (Line) throws -> Void,
    tooLong: (Int) throws -> Void
  ) throws {
    var line: [UInt8] = []
    var number = 1
    var overLimit = false
    func end() throws {
      if overLimit {
        try tooLong(number)
      } else {
        if line.last == 0x0D { line.removeLast() }
        if line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) {
          try body(Line(number: number, bytes: line))
        }
      }
      line = []
      overLimit = false
      number += 1
    }
    while case let chunk = try next(), !chunk.isEmpty {
      var start = 0
      while start < chunk.count {
        let newline = chunk[start...].firstIndex(of: 0x0A)
        let piece = chunk[start..<(newline ?? chunk.count)]
        if !overLimit {
          if line.count + piece.count > maxBytes {
            overLimit = true
            line = []
          } else {
            line += piece
          }
        }
        guard let newline else { break }
        try end()
        start = newline + 1
      }
    }
    if !line.isEmpty || overLimit { try end() }
  }
}

extension RecordID: Decodable {
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      self = .integer(number)
    } else {
      self = .string(try container.decode(String.self))
    }
  }
}
