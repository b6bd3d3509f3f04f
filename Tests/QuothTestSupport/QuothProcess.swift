import Foundation

/// Runs the `quoth` binary that `swift build` made, as a user would from a shell.
public enum QuothProcess {
  /// How a run ended and what it printed.
  public struct Result: Sendable {
    public var status: Int32
    public var output: String
    public var errors: String
  }

  /// The package's root folder.
  public static var packageRoot: URL { QuothBinary.packageRoot }

  /// The binary the runs use (see `QuothBinary.path`).
  public static var binary: String? { QuothBinary.path }

  /// Runs quoth with `arguments` (and `environment` added to the test's), feeding
  /// `input` to standard input; gives up after `timeout` seconds (a hang is a failure,
  /// not a wait).
  public static func run(
    _ arguments: [String], input: Data = Data(), environment extra: [String: String] = [:],
    timeout: TimeInterval = 120
  ) throws -> Result {
    guard let binary else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
      stdin.fileHandleForWriting.write(input)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    final class Box: @unchecked Sendable { var data = Data() }
    let out = Box()
    let err = Box()
    let group = DispatchGroup()
    for (pipe, box) in [(stdout, out), (stderr, err)] {
      group.enter()
      Thread {
        box.data = pipe.fileHandleForReading.readDataToEndOfFile()
        group.leave()
      }.start()
    }
    if group.wait(timeout: .now() + timeout) == .timedOut {
      // SIGKILL: a child may inherit SIGTERM blocked from the test runner's thread.
      kill(process.processIdentifier, SIGKILL)
      throw CocoaError(
        .executableLoad, userInfo: [NSLocalizedDescriptionKey: "quoth hung: \(arguments)"])
    }
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: out.data, as: UTF8.self),
      errors: String(decoding: err.data, as: UTF8.self))
  }

  /// A fresh folder for a test's files.
  public static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}
