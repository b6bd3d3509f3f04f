import Foundation
import QuothAnalysis

/// Analysis throughput over a folder of plain-text articles: words per second on one
/// core (ingest and analysis, files already in memory) and the process's peak memory.
enum AnalysisBenchmark {
  static func run(corpus: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpus) else {
      print("analysis: skipped, no corpus at \(corpus)")
      return
    }
    let texts = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
      try? String(
        contentsOfFile: (corpus as NSString).appendingPathComponent(name), encoding: .utf8)
    }
    let words = texts.reduce(0) { $0 + wordCount($1) }
    let analyzer = Analyzer()
    var quotes = 0
    var best = Double.infinity
    var bestCPU = Double.infinity
    for _ in 0..<5 {
      let start = DispatchTime.now().uptimeNanoseconds
      let startCPU = threadCPUSeconds()
      quotes = 0
      for text in texts {
        let article = PlainTextIngest.article(from: text, source: "bench")
        quotes += analyzer.analyze(article).quotes.count
      }
      bestCPU = min(bestCPU, threadCPUSeconds() - startCPU)
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    print(
      "analysis: \(texts.count) articles, \(words) words, \(quotes) quotes (ingest, entities, quotes, speakers)"
    )
    print(
      String(
        format: "analysis: best of 5 runs %.3f s wall, %.0f words/s", best, Double(words) / best))
    print(
      String(
        format: "analysis: best of 5 runs %.3f s CPU time on one core, %.0f words/s", bestCPU,
        Double(words) / bestCPU))
    print("analysis: peak memory \(peakMemoryMegabytes()) MB")
  }

  /// Whitespace-separated words, the way `wc -w` counts them.
  static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      let space = byte == 0x20 || (0x09...0x0D).contains(byte)
      if !space && !inWord { count += 1 }
      inWord = !space
    }
    return count
  }
}
