import Foundation

/// Finds the bundled entity model without `Bundle.module`, which stops the program
/// when its resource folder is missing: quoth must still run, with rules only.
enum EntityModelLocation {
  /// Where the model may be, most specific first: `QUOTH_ENTITY_MODEL`, the SwiftPM
  /// resource folder beside the executable (Linux and macOS layouts), the source tree.
  static var candidates: [URL] {
    ModelFileLocation.candidates(
      file: "\(EntityModel.resourceName).\(EntityModel.resourceExtension)",
      environment: "QUOTH_ENTITY_MODEL",
      sourceFolder: URL(fileURLWithPath: #filePath).deletingLastPathComponent())
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
