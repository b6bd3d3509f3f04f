import Foundation

/// Finds the bundled entity model without `Bundle.module`, which stops the program
/// when its resource folder is missing: quoth must still run, with rules only.
enum EntityModelLocation {
  /// Where the model may be, most specific first: `QUOTH_ENTITY_MODEL`, the SwiftPM
  /// resource folder beside the executable (Linux and macOS layouts), the source tree.
  static var candidates: [URL] {
    let file = "\(EntityModel.resourceName).\(EntityModel.resourceExtension)"
    var urls: [URL] = []
    if let path = ProcessInfo.processInfo.environment["QUOTH_ENTITY_MODEL"], !path.isEmpty {
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
    urls.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Resources/\(file)"))
    return urls
  }

  /// Loads the first model found; nil and the reason when none loads.
  static func loadModel() -> (EntityModel?, String?) {
    var problems: [String] = []
    for url in candidates where FileManager.default.fileExists(atPath: url.path) {
      do {
        return (try EntityModel.load(contentsOf: url), nil)
      } catch {
        problems.append("\(error)")
      }
    }
    if problems.isEmpty { problems.append("entity model not found (set QUOTH_ENTITY_MODEL)") }
    return (nil, problems.joined(separator: "; "))
  }
}
