/// Why an input could not be read as an article. The message names the input.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
  case notFound(String)
  case isDirectory(String)
  case unreadable(String, reason: String)
  case binary(String)
  /// Larger than `InputLimits.maxBytes` (a stream: it sent more).
  case tooLarge(String, limit: Int)
  /// A FIFO or device that sent nothing for this many seconds.
  case timedOut(String, seconds: Double)
  /// Not found, and its name is not valid UTF-8 (the system's name was changed on the way
  /// in, so quoth cannot open it).
  case nameNotUTF8(String)

  public var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file"
    case .isDirectory(let path): "\(path): is a folder with no articles in it"
    case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
    case .binary(let path): "\(path): looks like a binary file, not an article"
    case .tooLarge(let path, let limit):
      "\(path): larger than the \(InputLimits.describe(limit)) input limit (--max-input-size); not read"
    case .timedOut(let path, let seconds):
      "\(path): nothing to read for \(Int(seconds.rounded())) s (a FIFO with no writer, or a device); not read"
    case .nameNotUTF8(let path):
      "\(path): the file name is not valid UTF-8; quoth cannot open it (rename it)"
    }
  }
}
