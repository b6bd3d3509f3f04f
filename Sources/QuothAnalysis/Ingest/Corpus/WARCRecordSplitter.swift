/// One record of a WARC file: its header fields and, when it was kept, its content block.
public struct WARCRecord: Sendable {
  /// The header fields, names lower-cased (`warc-type`, `warc-target-uri`, …).
  public var fields: [String: String]
  /// The `Content-Length` of the block.
  public var contentLength: Int
  /// The block; nil when it was not kept (a record type that is not read, or too large).
  public var block: [UInt8]?

  /// `WARC-Type`, lower-cased: `response`, `request`, `warcinfo`, `metadata`, …
  public var type: String { fields["warc-type"]?.lowercased() ?? "" }

  /// The fields that name the record in the analysis.
  public var recordFields: RecordFields {
    RecordFields(
      id: fields["warc-record-id"].map(RecordID.string), targetURI: fields["warc-target-uri"],
      warcDate: fields["warc-date"])
  }
}

/// Why a WARC file could not be read further (the records before are read).
public struct WARCFailure: Error, Sendable, CustomStringConvertible {
  public var description: String
}

/// Splits the (decompressed) bytes of a WARC file into records as they arrive, holding
/// only the record being read: `WARC/1.x`, header lines, a blank line, `Content-Length`
/// bytes of block, a blank line.
struct WARCRecordSplitter {
  /// What the splitter found.
  enum Event {
    case record(WARCRecord)
    /// The file ended inside this record (its header when that was whole).
    case truncated(WARCRecord?)
  }

  /// The longest header read (a crawler's headers take well under a kilobyte).
  static let maxHeaderBytes = 1 << 16

  /// Whether a record's block is wanted, decided on its header.
  private let wants: (WARCRecord) -> Bool
  private let maxBlockBytes: Int
  private var header: [UInt8] = []
  /// The record whose block is being read, and how much of the block is still to come.
  private var current: (record: WARCRecord, remaining: Int)?
  /// Bytes read so far, for messages.
  private var offset = 0

  init(maxBlockBytes: Int, wants: @escaping (WARCRecord) -> Bool) {
    self.maxBlockBytes = maxBlockBytes
    self.wants = wants
  }

  /// Reads the next bytes of the file, handing each record that ends in them to `emit`.
  mutating func push(_ chunk: [UInt8], emit: (Event) throws -> Void) throws {
    var index = 0
    while index < chunk.count {
      if var reading = current {
        let count = min(reading.remaining, chunk.count - index)
        reading.record.block?.append(contentsOf: chunk[index..<(index + count)])
        reading.remaining -= count
        index += count
        offset += count
        current = reading
        if reading.remaining == 0 {
          current = nil
          try emit(.record(reading.record))
        }
        continue
      }
      let byte = chunk[index]
      index += 1
      offset += 1
      // The blank lines after a block, before the next record.
      if header.isEmpty && (byte == 0x0D || byte == 0x0A) { continue }
      header.append(byte)
      if header.count > Self.maxHeaderBytes {
        throw WARCFailure(
          description: "a record header longer than 64 KB near byte \(offset); not a WARC file?")
      }
      if header.count == 5 && !header.elementsEqual("WARC/".utf8) {
        throw WARCFailure(description: "no WARC record at byte \(offset - 5); not a WARC file?")
      }
      if byte == 0x0A
        && (header.ends(with: [0x0D, 0x0A, 0x0D, 0x0A]) || header.ends(with: [0x0A, 0x0A]))
      {
        let record = try parsedHeader()
        header = []
        if record.contentLength == 0 {
          try emit(.record(record))
        } else {
          current = (record, record.contentLength)
        }
      }
    }
  }

  /// The file has ended: a record begun and not finished is reported as cut short.
  mutating func finish(emit: (Event) throws -> Void) throws {
    if let reading = current {
      current = nil
      try emit(.truncated(reading.record))
    } else if !header.isEmpty {
      header = []
      try emit(.truncated(nil))
    }
  }

  /// The record whose header has just been read; its block is kept when wanted and
  /// within the limit.
  private func parsedHeader() throws -> WARCRecord {
    let text = String(decoding: header, as: UTF8.self)
    var fields: [String: String] = [:]
    var lastName: String?
    // A CRLF is one Character: split at any line break.
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
      if line.first == " " || line.first == "\t", let name = lastName {
        fields[name, default: ""] += " " + line.trimmingWhitespace()
        continue
      }
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].trimmingWhitespace().lowercased()
      fields[name] = line[line.index(after: colon)...].trimmingWhitespace()
      lastName = name
    }
    guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0
    else {
      throw WARCFailure(
        description: "a record without a valid Content-Length near byte \(offset); cannot go on")
    }
    var record = WARCRecord(fields: fields, contentLength: length, block: nil)
    if length <= maxBlockBytes && wants(record) {
      record.block = []
      record.block?.reserveCapacity(length)
    }
    return record
  }
}

extension Array where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end.
  func trimmingWhitespace() -> String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
