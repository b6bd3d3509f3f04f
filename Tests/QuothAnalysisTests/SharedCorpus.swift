import Foundation
import Testing

/// The shared corpora in ../shared/corpus beside the package. Tests that need them are
/// enabled only when they are there, so a missing corpus shows as skipped tests with the
/// reason, and `theSharedCorpusIsPresent` says so loudly: a failure in CI (CI=true), a
/// warning elsewhere. QUOTH_SHARED_CORPUS names another folder (to try what happens
/// without the corpus).
enum SharedCorpus {
  static let root =
    ProcessInfo.processInfo.environment["QUOTH_SHARED_CORPUS"].map { URL(fileURLWithPath: $0) }
    ?? URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("../../../shared/corpus").standardized

  /// True when `folder` (a path under the corpus root) exists.
  static func has(_ folder: String) -> Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent(folder).path)
  }

  static let absence: Comment = "../shared/corpus is absent: the corpus tests are skipped"
}

@Suite struct SharedCorpusPresenceTests {
  @Test func theSharedCorpusIsPresent() {
    let missing = ["polnear/dev", "seed", "article-extraction/dev"].filter {
      !SharedCorpus.has($0)
    }
    guard !missing.isEmpty else { return }
    let message =
      "\(SharedCorpus.absence.rawValue) (missing under \(SharedCorpus.root.path): \(missing))"
    if ProcessInfo.processInfo.environment["CI"] == "true" {
      Issue.record(Comment(rawValue: message))
    } else {
      print("WARNING: \(message)")
    }
  }
}
