import Foundation
import Testing

/// `quoth analyze` on a long stream shows its progress on standard error when that is a
/// terminal, and takes the line away when it is done.
@Suite(
  .serialized, .enabled(if: Tmux.available, "needs tmux and a built quoth (swift build)"),
  .timeLimit(.minutes(3)))
final class CorpusProgressTests {
  let folder = NSTemporaryDirectory() + "quoth-progress-\(UUID().uuidString)"

  deinit {
    try? FileManager.default.removeItem(atPath: folder)
  }

  @Test func aProgressLineCountsArticlesOnTheTerminalAndGoesAwayAtTheEnd() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var lines = ""
    for index in 0..<4_000 {
      let text =
        "Harbour report \(index)\\n\\n“We will keep service \(index) running through the "
        + "winter,” said Mara Quint, who chairs the transport board."
      lines += "{\"id\": \(index), \"text\": \"\(text)\"}\n"
    }
    let input = folder + "/stories.jsonl"
    try lines.write(toFile: input, atomically: true, encoding: .utf8)
    let tmux = try Tmux("analyze --jsonl --jobs 2 --format json < '\(input)' > /dev/null")
    let during = try tmux.waitFor(timeout: 60) { $0.contains("articles/s") }
    let line = try #require(during.split(separator: "\n").first { $0.contains("articles/s") })
    #expect(line.hasPrefix("quoth: "))
    #expect(line.contains(" articles, "))
    let after = try tmux.waitFor("quoth-exit:0", timeout: 120)
    #expect(!after.contains("articles/s"))
  }
}
