/// Limits on reading an input, so that no file, device or stream can exhaust memory or
/// hang quoth: regular files are measured before they are read, streams while they are.
public struct InputLimits: Sendable, Equatable {
  /// The largest input read, in bytes.
  public var maxBytes: Int
  /// How long a FIFO or device (not standard input) may send nothing before reading it
  /// stops with an error, in seconds.
  public var streamTimeout: Double

  public init(maxBytes: Int = InputLimits.standardMaxBytes, streamTimeout: Double = 10) {
    self.maxBytes = maxBytes
    self.streamTimeout = streamTimeout
  }

  /// 256 MB (2^28 bytes).
  public static let standardMaxBytes = 256 << 20

  /// 2 GB (2^31 bytes), the largest limit that can be set: offsets into the text are
  /// kept in 32 bits.
  public static let largestMaxBytes = 2 << 30

  /// A size such as `1000000`, `64K`, `512M` or `2G` (powers of 1024), in bytes; nil
  /// when it is not one or is over `largestMaxBytes`.
  public static func byteCount(_ text: String) -> Int? {
    var digits = Substring(text)
    var unit = 1
    if let last = digits.last?.uppercased() {
      switch last {
      case "K": unit = 1 << 10
      case "M": unit = 1 << 20
      case "G": unit = 1 << 30
      default: break
      }
      if unit > 1 { digits = digits.dropLast() }
    }
    guard let count = Int(digits), count > 0 else { return nil }
    let (bytes, overflow) = count.multipliedReportingOverflow(by: unit)
    return overflow || bytes > largestMaxBytes ? nil : bytes
  }

  /// `bytes` for messages: `256 MB`, `64 KB`, or a count of bytes.
  public static func describe(_ bytes: Int) -> String {
    for (unit, name) in [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
    where bytes % unit == 0 {
      return "\(bytes / unit) \(name)"
    }
    return "\(bytes) bytes"
  }
}
