/// Why an input could not be read as an article. The message names the input.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
  case notFound(String)
  case isDirectory(String)
  case unreadable(String, reason: String)
  case binary(String)

  public var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file"
    case .isDirectory(let path): "\(path): is a folder with no articles in it"
    case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
    case .binary(let path): "\(path): looks like a binary file, not an article"
    }
  }
}
