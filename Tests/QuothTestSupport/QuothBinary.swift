import Foundation

/// Where the test suites find the package and the `quoth` binary they run, in one place.
public enum QuothBinary {
  /// The package's root folder (this file is in Tests/QuothTestSupport).
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The `quoth` that `swift build` made: the one beside the test bundle (the configuration
  /// being tested), else the debug build, else the release build.
  public static let path: String? = {
    let build = packageRoot.appendingPathComponent(".build")
    let candidates =
      [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
          .appendingPathComponent("quoth").path
      ] + ["debug/quoth", "release/quoth"].map { build.appendingPathComponent($0).path }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()
}
