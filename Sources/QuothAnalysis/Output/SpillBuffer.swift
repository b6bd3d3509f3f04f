import Foundation

/// Output held back to be written later: in memory while it is small, then in a
/// temporary file that is unlinked as soon as it is open, so nothing is left behind.
public struct SpillBuffer: Sendable {
  private var memory = Data()
  private var file: FileHandle?
  private let memoryLimit: Int

  public init(memoryLimit: Int = 8 << 20) {
    self.memoryLimit = memoryLimit
  }

  /// Whether nothing is held.
  public var isEmpty: Bool { file == nil && memory.isEmpty }

  public mutating func append(_ bytes: Data) throws {
    memory.append(bytes)
    if memory.count > memoryLimit { try spill() }
  }

  /// Hands everything held, in order, to `output`.
  public mutating func drain(into output: (Data) throws -> Void) throws {
    if let file {
      try file.seek(toOffset: 0)
      while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
        try output(chunk)
      }
      try file.close()
      self.file = nil
    }
    try output(memory)
    memory = Data()
  }

  private mutating func spill() throws {
    if file == nil {
      let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
        "quoth-\(UUID().uuidString).json")
      guard FileManager.default.createFile(atPath: path, contents: nil),
        let handle = FileHandle(forUpdatingAtPath: path)
      else {
        throw SpillError(path: path)
      }
      unlink(path)
      file = handle
    }
    try file?.write(contentsOf: memory)
    memory.removeAll(keepingCapacity: true)
  }
}

/// The temporary file for a long analysis could not be made.
struct SpillError: Error, CustomStringConvertible {
  var path: String
  var description: String { "cannot write the temporary file \(path)" }
}
