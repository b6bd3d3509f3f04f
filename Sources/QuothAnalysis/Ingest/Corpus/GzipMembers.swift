import CZlib

/// Decompresses gzip (or zlib) data fed in chunks as it is read, through the system zlib.
/// The data may hold several gzip members one after another, as a `.warc.gz` crawl does
/// (one per record); each is decompressed in turn.
public final class GzipMembers {
  /// Why gzip data could not be decompressed.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  // zlib keeps a pointer back to its stream: it must not move, so it is allocated here.
  private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
  private var output = [UInt8](repeating: 0, count: 1 << 16)
  /// Whether a member has begun and not yet ended.
  private(set) var isInsideMember = false
  /// Compressed bytes consumed so far, for messages.
  private(set) var compressedOffset = 0

  init() throws {
    stream.initialize(to: z_stream())
    // 32 + 15: a gzip or zlib header (told apart by zlib) around a window of 2^15 bytes.
    let status = inflateInit2_(
      stream, 32 + MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      stream.deallocate()
      throw Failure(description: "zlib could not start (status \(status))")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deallocate()
  }

  /// Decompresses `input`, handing what it yields to `body` in pieces of up to 64 KB.
  func feed(_ input: [UInt8], _ body: ([UInt8]) throws -> Void) throws {
    var input = input
    let total = input.count
    try input.withUnsafeMutableBufferPointer { compressed in
      guard let base = compressed.baseAddress else { return }
      stream.pointee.next_in = base
      stream.pointee.avail_in = UInt32(total)
      while stream.pointee.avail_in > 0 {
        if !isInsideMember {
          // Between members: a new one starts here.
          inflateReset(stream)
          isInsideMember = true
        }
        let before = stream.pointee.avail_in
        let (status, produced) = output.withUnsafeMutableBufferPointer { out in
          stream.pointee.next_out = out.baseAddress
          stream.pointee.avail_out = UInt32(out.count)
          let status = inflate(stream, Z_NO_FLUSH)
          return (status, out.count - Int(stream.pointee.avail_out))
        }
        compressedOffset += Int(before - stream.pointee.avail_in)
        if produced > 0 { try body(Array(output[..<produced])) }
        switch status {
        case Z_STREAM_END:
          isInsideMember = false
        case Z_OK:
          continue
        case Z_BUF_ERROR where produced == 0 && before == stream.pointee.avail_in:
          return
        default:
          let reason = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
          throw Failure(
            description: "corrupt gzip data near compressed byte \(compressedOffset): \(reason)")
        }
      }
    }
  }

  /// Whether `bytes` begin as gzip data does.
  static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.starts(with: [0x1F, 0x8B])
  }

  /// `bytes`, one or more whole gzip members, decompressed; at most `limit` bytes.
  public static func decompress(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
    let members = try GzipMembers()
    var result: [UInt8] = []
    try members.feed(bytes) { piece in
      guard result.count + piece.count <= limit else {
        throw Failure(description: "decompresses to more than \(InputLimits.describe(limit))")
      }
      result += piece
    }
    if members.isInsideMember { throw Failure(description: "gzip data cut short") }
    return result
  }
}
