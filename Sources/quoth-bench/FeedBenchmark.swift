import Foundation
import QuothReader
import QuothWeb

/// `quoth-bench feed`: a feed of 1,000 entries (generated, each carrying its article) from
/// the bytes a fetch returns to the list's first frame: parse the feed, list its entries
/// newest first, build the reader's state and render it. Target: under 100 ms.
func runFeedBenchmark() {
  let entries = 1_000
  var items = ""
  for number in 1...entries {
    let day = number % 28 + 1
    items += """
      <item><title>Harbour story number \(number)</title>
      <link>https://harbour.test/stories/\(number)</link>
      <pubDate>Tue, \(day) Mar 2024 \(number % 24):00:00 +0000</pubDate>
      <content:encoded><![CDATA[<p>“The ferry sails at midnight again,” said Councillor Ana Ruiz, number \(number).</p>
      <p>The vote came after a petition signed by 3,100 residents of the estuary towns.</p>]]></content:encoded>
      </item>

      """
  }
  let feed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>Harbour Herald</title>\(items)</channel></rss>
    """
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "quoth-bench-feed-\(getpid())")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let file = folder.appendingPathComponent("harbour.rss")
  try? Data(feed.utf8).write(to: file)
  var cpu: [Double] = []
  var parse: [Double] = []
  var wall: [Double] = []
  var listed = 0
  for _ in 0..<7 {
    let started = Date()
    let startedCPU = threadCPUSeconds()
    let sources = WebSources()
    let list = sources.resolve([file.path])
    parse.append(threadCPUSeconds() - startedCPU)
    let state = ReaderState(
      sources: list.map(\.source), titles: list.map(\.title), size: Size(width: 120, height: 40))
    _ = render(state)
    cpu.append(threadCPUSeconds() - startedCPU)
    wall.append(Date().timeIntervalSince(started))
    listed = state.articles.count
  }
  cpu.sort()
  parse.sort()
  wall.sort()
  print(
    String(
      format:
        "feed: %d entries (%d KB) listed in %.1f ms CPU (median of 7; %.1f–%.1f; reading the feed %.1f), %.1f ms wall; target < 100 ms",
      listed, feed.utf8.count / 1024, cpu[3] * 1000, cpu[0] * 1000, cpu[6] * 1000,
      parse[3] * 1000, wall[3] * 1000))
}
