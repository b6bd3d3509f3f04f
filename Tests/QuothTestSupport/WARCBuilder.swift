import CZlib
import Foundation

/// WARC files built in the tests, record by record (gzip members through the system zlib).
public enum WARCBuilder {
  /// A WARC record: the version line, the header fields (`WARC-Type` first), a blank
  /// line, the block, and the two line breaks that end a record.
  public static func record(
    type: String, uri: String? = nil, date: String = "2024-03-05T09:00:00Z",
    id: String = "<urn:uuid:\(UUID().uuidString.lowercased())>",
    contentType: String? = nil, block: [UInt8]
  ) -> [UInt8] {
    var header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: \(id)\r\nWARC-Date: \(date)\r\n"
    if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
    if let contentType { header += "Content-Type: \(contentType)\r\n" }
    header += "Content-Length: \(block.count)\r\n\r\n"
    return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
  }

  /// A `response` record holding an HTTP response with these header lines and body.
  public static func response(
    uri: String, status: String = "200 OK", headers: [String], body: [UInt8],
    id: String = "<urn:uuid:\(UUID().uuidString.lowercased())>"
  ) -> [UInt8] {
    let head = (["HTTP/1.1 \(status)"] + headers).joined(separator: "\r\n") + "\r\n\r\n"
    return record(
      type: "response", uri: uri, id: id, contentType: "application/http; msgtype=response",
      block: Array(head.utf8) + body)
  }

  /// `body` in chunked transfer encoding, in pieces of `size` bytes.
  public static func chunked(_ body: [UInt8], size: Int) -> [UInt8] {
    var result: [UInt8] = []
    var start = 0
    while start < body.count {
      let end = min(start + size, body.count)
      result +=
        Array((String(end - start, radix: 16) + "\r\n").utf8) + body[start..<end]
        + Array("\r\n".utf8)
      start = end
    }
    return result + Array("0\r\n\r\n".utf8)
  }

  /// `bytes` as one gzip member, compressed by zlib.
  public static func gzip(_ bytes: [UInt8]) -> [UInt8] {
    // zlib keeps a pointer back to its stream: it must not move.
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    // 16 + 15: a gzip header and trailer.
    deflateInit2_(
      stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
      zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    defer {
      deflateEnd(stream)
      stream.deallocate()
    }
    var input = bytes
    var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, UInt(bytes.count))) + 64)
    let produced = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.pointee.next_in = inBuffer.baseAddress
        stream.pointee.avail_in = UInt32(inBuffer.count)
        stream.pointee.next_out = outBuffer.baseAddress
        stream.pointee.avail_out = UInt32(outBuffer.count)
        deflate(stream, Z_FINISH)
        return outBuffer.count - Int(stream.pointee.avail_out)
      }
    }
    return Array(output[..<produced])
  }

  /// A short news page: a headline and a paragraph with a quote and its speaker.
  public static func page(title: String, quote: String, speaker: String) -> [UInt8] {
    Array(
      """
      <!DOCTYPE html><html><head><title>\(title)</title></head><body><article>
      <h1>\(title)</h1>
      <p>The council met on Monday in Harbour Town to discuss the night ferry, which has \
      carried commuters across the estuary for forty years and now loses money every winter.</p>
      <p>“\(quote),” said \(speaker), who chairs the transport board. Residents welcomed the \
      vote, and the Estuary Lines company said it would add a second boat in the spring.</p>
      </article></body></html>
      """.utf8)
  }
}
