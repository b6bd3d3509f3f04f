import Foundation

/// Finds a bundled model file without `Bundle.module`, which stops the program when
/// its resource folder is missing: quoth must still run, with rules only.
enum ModelFileLocation {
  /// Where `file` may be, most specific first: the path in `environment`, the SwiftPM
  /// resource folder beside the executable (Linux and macOS layouts), the source tree.
  static func candidates(file: String, environment: String, sourceFolder: URL) -> [URL] {
    var urls: [URL] = []
    if let path = ProcessInfo.processInfo.environment[environment], !path.isEmpty {
      urls.append(URL(fileURLWithPath: path))
    }
    var folders = [Bundle.main.bundleURL]
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      folders.append(executable.deletingLastPathComponent())
    }
    for folder in folders {
      urls.append(folder.appendingPathComponent("quoth_QuothAnalysis.resources/\(file)"))
      urls.append(
        folder.appendingPathComponent("quoth_QuothAnalysis.bundle/Contents/Resources/\(file)"))
      urls.append(folder.appendingPathComponent("quoth_QuothAnalysis.bundle/\(file)"))
    }
    urls.append(sourceFolder.appendingPathComponent("Resources/\(file)"))
    return urls
  }

  /// The first candidate that `reader` reads, or nil.
  static func load<Model>(
    file: String, environment: String, sourceFolder: URL, reader: (URL) throws -> Model
  ) -> Model? {
    for url in candidates(file: file, environment: environment, sourceFolder: sourceFolder)
    where FileManager.default.fileExists(atPath: url.path) {
      if let model = try? reader(url) { return model }
    }
    return nil
  }
}
