import Foundation
import QuothAnalysis

/// Web page speed over the article-extraction dev pages, on one core: pages per second
/// for ingest alone (parse, find the story, build the article) and for ingest plus the
/// whole analysis (entities, quotes, speakers), as wall time and as this thread's CPU time
/// (the figure that holds when other work shares the machine), best of five rounds.
func runExtractionBenchmark(corpus: String = "../shared/corpus/article-extraction/dev/html") {
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? [])
    .filter { $0.hasSuffix(".html.gz") }.sorted()
  guard !names.isEmpty else {
    print("extraction: skipped (no pages in \(corpus))")
    return
  }
  var pages: [[UInt8]] = []
  for name in names {
    let path = (corpus as NSString).appendingPathComponent(name)
    if let bytes = gunzip(path) { pages.append(bytes) }
  }
  let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1_048_576
  let analyzer = Analyzer()
  var characters = 0
  var quotes = 0
  for page in pages {  // warm-up
    let article = HTMLIngest.read(page, source: "bench").article
    characters += article.text.unicodeScalars.count
    quotes += analyzer.analyze(article).quotes.count
  }
  print(
    String(
      format: "extraction: %d pages (%.1f MB), %d characters extracted, %d quotes", pages.count,
      megabytes, characters, quotes))
  var articles: [Article] = []
  let ingest = bestOfFive {
    articles = pages.map { HTMLIngest.read($0, source: "bench").article }
  }
  let analysis = bestOfFive {
    for article in articles { _ = analyzer.analyze(article) }
  }
  let whole = bestOfFive {
    for page in pages { _ = analyzer.analyze(HTMLIngest.read(page, source: "bench").article) }
  }
  // Issue #13's acceptance 3 is the first figure: reading the pages (parse, story, metadata).
  for (what, time) in [
    ("ingest alone (parse, story, metadata)", ingest),
    ("analysis alone (entities, quotes, speakers)", analysis),
    ("ingest + whole analysis, page after page", whole),
  ] {
    print(
      String(
        format: "extraction: %@: %.3f s wall, %.0f pages/s; %.3f s CPU, %.0f pages/s (one core)",
        what, time.wall, Double(pages.count) / time.wall, time.cpu, Double(pages.count) / time.cpu
      ))
  }
}

/// The best wall and CPU time of five runs of `work`.
private func bestOfFive(_ work: () -> Void) -> (wall: Double, cpu: Double) {
  var wall = Double.infinity
  var cpu = Double.infinity
  for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    let startCPU = threadCPUSeconds()
    work()
    cpu = min(cpu, threadCPUSeconds() - startCPU)
    wall = min(wall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return (wall, cpu)
}

/// The bytes of a gzipped file, through the system's `gzip`.
private func gunzip(_ path: String) -> [UInt8]? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["gzip", "-dc", path]
  let pipe = Pipe()
  process.standardOutput = pipe
  do { try process.run() } catch { return nil }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return process.terminationStatus == 0 ? [UInt8](data) : nil
}
