import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The tests' web server (`Tests/LoopbackServer/serve.py`): pages, feeds in every format,
/// redirects, errors, a server that never answers, a body over the size cap, a wrong
/// charset, a PDF. It listens on 127.0.0.1 only, on a free port, and is killed when the
/// value goes away. Nil when python3 is missing.
public final class LoopbackServer: @unchecked Sendable {
  private let process: Process
  /// The port it listens on.
  public let port: Int

  public init?() {
    let script = QuothBinary.packageRoot.appendingPathComponent("Tests/LoopbackServer/serve.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    // The first line is the port.
    var line = Data()
    while let byte = try? output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty,
      byte != Data("\n".utf8)
    {
      line.append(byte)
    }
    guard let port = Int(String(decoding: line, as: UTF8.self)) else {
      process.terminate()
      return nil
    }
    self.process = process
    self.port = port
  }

  deinit {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// `http://127.0.0.1:PORT` followed by `path`.
  public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  /// The body the server sends for `path` (its `/stats`, for what it was asked).
  public func get(_ path: String) throws -> Data {
    final class Box: @unchecked Sendable { var result: Result<Data, Error>? }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let task = URLSession.shared.dataTask(with: URL(string: url(path))!) { data, _, error in
      box.result = error.map { .failure($0) } ?? .success(data ?? Data())
      done.signal()
    }
    task.resume()
    guard done.wait(timeout: .now() + 30) == .success, let result = box.result else {
      throw URLError(.timedOut)
    }
    return try result.get()
  }

  /// Whether python3 is there to run the server (tests that need it say so when not).
  public static let isAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "--version"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()
}
