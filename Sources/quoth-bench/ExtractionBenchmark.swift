import Foundation
import QuothAnalysis

/// HTML extraction speed: pages per second over the article-extraction dev pages
/// (parse, find the story, build the article), on one core.
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
  var characters = 0
  for page in pages {  // warm-up
    characters += HTMLIngest.read(page, source: "bench").article.text.unicodeScalars.count
  }
  let rounds = 5
  var best = Double.infinity
  for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    for page in pages { _ = HTMLIngest.read(page, source: "bench") }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  print(
    String(
      format:
        "extraction: %d pages (%.1f MB) in %.3f s (best of %d): %.0f pages/s, %.1f MB/s, %d characters extracted",
      pages.count, megabytes, best, rounds, Double(pages.count) / best, megabytes / best, characters
    ))
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
