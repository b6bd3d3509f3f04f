import Foundation
import QuothAnalysis

/// `quoth-bench corpus`: the release `quoth analyze --jsonl` on 10,000 articles (the dev
/// corpora's plain-text articles and web pages, repeated) with one thread and with two:
/// articles and words per second of wall time and of CPU time, and the peak memory for
/// 1,000 and 10,000 articles (it should not grow with the count); then the same 10,000
/// through the PySpark job in local mode on two cores, when pyspark is installed.
func runCorpusBenchmark(shared: String = "../shared/corpus", count: Int = 10_000) {
  print("== corpus: quoth analyze --jsonl on \(count) articles")
  guard let quoth = siblingExecutable("quoth") else {
    print("corpus: skipped (build quoth first: swift build -c release --product quoth)")
    return
  }
  let articles = devArticles(shared: shared)
  guard !articles.isEmpty else {
    print("corpus: skipped, no dev corpora under \(shared)")
    return
  }
  let folder = NSTemporaryDirectory() + "quoth-bench-corpus-\(getpid())"
  defer { try? FileManager.default.removeItem(atPath: folder) }
  var words: [Int: Int] = [:]
  var files: [Int: String] = [:]
  do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for size in [1_000, count] {
      let path = folder + "/corpus-\(size).jsonl"
      // Written line by line: a child's peak memory (wait4) starts from this process's
      // peak, so the benchmark never holds the corpus itself.
      guard FileManager.default.createFile(atPath: path, contents: nil),
        let file = FileHandle(forWritingAtPath: path)
      else { throw CocoaError(.fileWriteUnknown) }
      defer { try? file.close() }
      var total = 0
      for index in 0..<size {
        let article = articles[index % articles.count]
        try file.write(contentsOf: Data((article.line(id: index) + "\n").utf8))
        total += article.words
      }
      files[size] = path
      words[size] = total
    }
  } catch {
    print("corpus: skipped, cannot write \(folder): \(error)")
    return
  }
  let bytes = (try? FileManager.default.attributesOfItem(atPath: files[count]!)[.size]) as? Int
  let megabytes = (bytes ?? 0) / (1 << 20)
  print(
    "corpus: \(articles.count) distinct dev articles (plain text and web pages) repeated; \(count) articles, \(words[count]!) words, \(megabytes) MB of JSON Lines"
  )
  for (size, jobs) in [(count, 1), (count, 2), (1_000, 1), (1_000, 2)] {
    let start = DispatchTime.now().uptimeNanoseconds
    guard
      let run = runMeasured(
        quoth, ["analyze", "--jsonl", "--format", "json", "--jobs", String(jobs)],
        input: files[size]!)
    else {
      print("corpus: cannot run \(quoth)")
      return
    }
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let articlesWall = Double(size) / wall
    let wordsWall = Double(words[size]!) / wall
    print(
      String(
        format:
          "--jobs %d, %5d articles: %6.1f s wall (%4.0f articles/s, %7.0f words/s), %6.1f s CPU (%4.0f articles and %7.0f words per CPU second); peak memory %d MB; exit %d",
        jobs, size, wall, articlesWall, wordsWall, run.cpuSeconds, Double(size) / run.cpuSeconds,
        Double(words[size]!) / run.cpuSeconds, run.peakKilobytes / 1024, run.status))
  }
  runSparkBenchmark(quoth: quoth, input: files[count]!, count: count, folder: folder)
}

/// The same corpus through `Scripts/spark/quoth_spark.py` in Spark's local mode on two
/// cores (wall time: the JVM, Python workers and quoth are not all children it waits for).
private func runSparkBenchmark(quoth: String, input: String, count: Int, folder: String) {
  let script = "Scripts/spark/quoth_spark.py"
  guard FileManager.default.fileExists(atPath: script),
    let check = runMeasured("/usr/bin/env", ["python3", "-c", "import pyspark"], quiet: true),
    check.status == 0
  else {
    print("spark: skipped (run from the package root with pyspark installed: pip install pyspark)")
    return
  }
  let output = folder + "/spark-output"
  let start = DispatchTime.now().uptimeNanoseconds
  let run = runMeasured(
    "/usr/bin/env",
    [
      "python3", script, "--master", "local[2]", "--quoth", quoth, "--partitions", "4", input,
      output,
    ],
    quiet: true)
  let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  let parts = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
  let lines = parts.filter { $0.hasPrefix("part-") }.reduce(0) { total, part in
    let text = (try? String(contentsOfFile: output + "/" + part, encoding: .utf8)) ?? ""
    return total + text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }
  print(
    String(
      format:
        "spark local[2], 4 partitions: %d articles in %.1f s wall (%.0f articles/s, Spark's start included); %d output lines; exit %d",
      count, wall, Double(count) / wall, lines, run?.status ?? -1))
}

/// An article of the dev corpora as a JSON Lines record, and its words.
private struct DevArticle {
  var field: String
  var content: String
  var words: Int

  func line(id: Int) -> String {
    let data = try? JSONSerialization.data(withJSONObject: ["id": id, field: content])
    return String(decoding: data ?? Data(), as: UTF8.self)
  }
}

/// The plain-text articles of PolNeAR dev and news-entities dev and the web pages of
/// article-extraction dev; a page's words are those of the text quoth extracts from it.
private func devArticles(shared: String) -> [DevArticle] {
  var articles: [DevArticle] = []
  let files = FileManager.default
  for folder in ["polnear/dev/text", "news-entities/dev/text"] {
    let path = shared + "/" + folder
    for name in ((try? files.contentsOfDirectory(atPath: path)) ?? []).sorted()
    where name.hasSuffix(".txt") {
      guard let text = try? String(contentsOfFile: path + "/" + name, encoding: .utf8) else {
        continue
      }
      articles.append(
        DevArticle(field: "text", content: text, words: AnalysisBenchmark.wordCount(text)))
    }
  }
  let pages = shared + "/article-extraction/dev/html"
  for name in ((try? files.contentsOfDirectory(atPath: pages)) ?? []).sorted()
  where name.hasSuffix(".html.gz") {
    guard let compressed = files.contents(atPath: pages + "/" + name),
      let bytes = try? GzipMembers.decompress(Array(compressed), limit: 64 << 20),
      let loaded = try? ArticleLoader.article(fromBytes: bytes, source: name, format: .html)
    else { continue }
    // JSON Lines carry text: a page in another encoding than UTF-8 loses its accents
    // here (U+FFFD), which does not change the time.
    let html = String(decoding: bytes, as: UTF8.self)
    articles.append(
      DevArticle(
        field: "html", content: html, words: AnalysisBenchmark.wordCount(loaded.article.text)))
  }
  return articles
}
