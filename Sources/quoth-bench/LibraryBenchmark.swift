import Foundation
import QuothAnalysis
import QuothLibrary
import QuothReader

/// The library with 10,000 articles (targets: the list in ≤ 100 ms, a speaker's quotes
/// across it in ≤ 20 ms, a full-text query in ≤ 50 ms, adding ≥ 200 articles/s with the
/// analysis, and the database's size per article). Times are medians of 5, as the
/// process's CPU time (the machine may be shared) and as wall time.
func runLibraryBenchmark(count: Int = 10_000) {
  print("== library of \(count) articles")
  let folder = NSTemporaryDirectory() + "quoth-bench-library-\(getpid())"
  defer { try? FileManager.default.removeItem(atPath: folder) }
  let library: Library
  do {
    library = try Library(path: folder + "/library.sqlite")
  } catch {
    print("library: skipped, \(error)")
    return
  }
  let analyzer = Analyzer()
  var words = 0
  let addStart = (cpu: processCPUSeconds(), wall: DispatchTime.now())
  for index in 0..<count {
    let text = LibraryArticles.text(index)
    words += text.split(separator: " ").count
    let article = PlainTextIngest.article(
      from: text, source: "/news/\(LibraryArticles.sites[index % 7])/report-\(index).txt")
    do {
      try library.add(analyzer.analyze(article))
    } catch {
      print("library: adding failed at \(index): \(error)")
      return
    }
  }
  let addCPU = processCPUSeconds() - addStart.cpu
  let addWall = seconds(since: addStart.wall)
  print(
    String(
      format:
        "adding (ingest, analysis, one transaction each): %.0f articles/s CPU, %.0f articles/s wall (%d words an article)",
      Double(count) / addCPU, Double(count) / addWall, words / count))

  let size = Library.sizeOnDisk(folder + "/library.sqlite", checkpointing: library)
  print(
    String(
      format: "database: %.1f MB, %.1f KB an article", Double(size) / 1e6,
      Double(size) / 1024 / Double(count)))

  measure("list (all articles by date, the query)") { _ = try library.articles(sort: .date) }
  measure("list opens (query, reader state, first frame)") {
    let rows = try library.articles(sort: .date)
    let state = ReaderState(sources: rows.map(\.source), size: Size(width: 120, height: 40))
    _ = render(state)
  }
  measure("a speaker's quotes across the library (by surname)") {
    let quotes = try library.quotes(QuoteQuery(speaker: "Lindqvist"))
    precondition(!quotes.isEmpty)
  }
  measure("full-text query of the quotes (two words)") {
    _ = try library.quotes(QuoteQuery(search: "ferry winter"))
  }
  measure("full-text query of the articles (two words)") {
    _ = try library.articles(search: "bridge timetable")
  }
  measure("speakers across the library") { _ = try library.speakers() }
}

/// Runs `body` 5 times and prints its median CPU and wall time.
private func measure(_ label: String, _ body: () throws -> Void) {
  var cpu: [Double] = []
  var wall: [Double] = []
  for _ in 0..<5 {
    let start = (cpu: processCPUSeconds(), wall: DispatchTime.now())
    do { try body() } catch {
      print("\(label): failed, \(error)")
      return
    }
    cpu.append((processCPUSeconds() - start.cpu) * 1000)
    wall.append(seconds(since: start.wall) * 1000)
  }
  print(
    String(format: "%@: median %.1f ms CPU, %.1f ms wall", label, cpu.sorted()[2], wall.sorted()[2])
  )
}

/// CPU time of the whole process (GRDB runs the database work on threads of its own).
private func processCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

private func seconds(since start: DispatchTime) -> Double {
  Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

extension Library {
  /// The database's bytes on disk after a checkpoint (main file and write-ahead log).
  fileprivate static func sizeOnDisk(_ path: String, checkpointing library: Library) -> Int {
    try? library.checkpoint()
    return [path, path + "-wal"].reduce(0) { total, file in
      total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
    }
  }
}

/// News-like articles made up for the benchmark: a headline, paragraphs of varied words,
/// and two or three quotes by speakers drawn from a few hundred names.
enum LibraryArticles {
  static let sites = [
    "harbour-post", "valley-news", "city-times", "coast-daily", "the-ledger",
    "north-star", "river-gazette",
  ]
  static let first = [
    "Marta", "Jonas", "Petra", "Ola", "Ada", "Sven", "Ines", "Tariq", "Lena",
    "Oskar", "Mira", "Paul", "Nadia", "Rui", "Elif", "Karl", "Zora", "Ivo", "Hana", "Leon",
  ]
  static let last = [
    "Lindqvist", "Ek", "Holm", "Strand", "Okafor", "Berg", "Vale", "Noor",
    "Holt", "Quinn", "Moreau", "Sato", "Kowal", "Reyes", "Adler", "Brandt", "Costa", "Dahl",
    "Falk", "Grieg",
  ]
  static let words =
    GeneratedArticle.vocabulary + [
      "bridge", "timetable", "winter", "school", "hospital", "election", "tax", "market", "rail",
      "flood", "library", "museum", "police", "court", "harvest", "factory", "strike", "port",
    ]

  static func text(_ index: Int) -> String {
    var seed = UInt64(index) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    func sentence(_ length: Int) -> String {
      let body = (0..<length).map { _ in words[next(words.count)] }.joined(separator: " ")
      return body.prefix(1).uppercased() + body.dropFirst() + "."
    }
    func name() -> String { first[next(first.count)] + " " + last[next(last.count)] }
    var paragraphs = [
      "Report \(index): the \(words[next(words.count)]) and the \(words[next(words.count)])"
    ]
    for _ in 0..<(2 + next(3)) {
      let speaker = name()
      paragraphs.append((0..<3).map { _ in sentence(8 + next(10)) }.joined(separator: " "))
      paragraphs.append(
        "“\(sentence(6 + next(12)))” said \(speaker), who spoke for the \(words[next(words.count)]) board."
      )
      paragraphs.append(
        "\(speaker.split(separator: " ")[1]) said \(sentence(6 + next(8)).lowercased())")
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }
}
