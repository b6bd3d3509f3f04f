import Foundation
import Testing

@testable import QuothAnalysis

@Suite struct ArticleLoaderTests {
  @Test func aFolderHoldsEveryFileQuothOpensByName() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("quoth-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let endings = [
      "txt", "text", "md", "markdown", "mdown", "mkd", "html", "htm", "xhtml", "shtml",
    ]
    for ending in endings + ["pdf", "png", "json"] {
      try Data("An article.\n".utf8).write(to: folder.appendingPathComponent("a.\(ending)"))
    }
    let found = try ArticleLoader.expand([folder.path]).map { ($0 as NSString).pathExtension }
    #expect(found.sorted() == endings.sorted())
    for ending in endings {
      #expect(FormatDetection.format(forPath: "a.\(ending)") != nil, "a.\(ending) opens by name")
    }
  }
}
