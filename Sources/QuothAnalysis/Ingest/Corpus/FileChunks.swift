import Foundation

/// Reads a file, standard input or a pipe in chunks, for the corpus readers that go
/// through a large input as it comes.
public struct FileChunks {
  private let file: Int32
  private let source: String
  private var buffer = [UInt8](repeating: 0, count: 1 << 20)

  /// `file` stays open: the caller closes it. `source` names it in errors.
  public init(file: Int32, source: String) {
    self.file = file
    self.source = source
  }

  /// The next bytes; empty at the end.
  public mutating func next() throws -> [UInt8] {
    while true {
      let count = buffer.withUnsafeMutableBytes { Foundation.read(file, $0.baseAddress, $0.count) }
      if count >= 0 { return Array(buffer[..<count]) }
      let failure = errno
      if failure == EAGAIN {
        // A descriptor left non-blocking by another program: wait for data.
        var request = pollfd(fd: file, events: Int16(POLLIN), revents: 0)
        _ = poll(&request, 1, -1)
      }
      if failure == EINTR || failure == EAGAIN { continue }
      throw IngestError.unreadable(source, reason: String(cString: strerror(failure)))
    }
  }

  /// Opens `path` (`-`: standard input) and hands its chunks to `body`.
  public static func reading<T>(
    _ path: String, _ body: (inout FileChunks) throws -> T
  ) throws -> T {
    if path == "-" {
      var chunks = FileChunks(file: STDIN_FILENO, source: path)
      return try body(&chunks)
    }
    var status = stat()
    if stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR {
      throw IngestError.unreadable(path, reason: "a folder, not a file")
    }
    let file = open(path, O_RDONLY)
    guard file >= 0 else {
      throw errno == ENOENT
        ? IngestError.notFound(path)
        : IngestError.unreadable(path, reason: String(cString: strerror(errno)))
    }
    defer { close(file) }
    var chunks = FileChunks(file: file, source: path)
    return try body(&chunks)
  }
}
