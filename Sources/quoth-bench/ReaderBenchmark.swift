import Foundation
import QuothAnalysis
import QuothReader

/// The reader's speed: keystroke-to-frame time (reduce + render + diff) at 200x60 on a
/// generated 50,000-word article, and `quoth --screen` end to end on the sample article.
/// Targets: median ≤ 2 ms per keystroke, `--screen` ≤ 50 ms.
func runReaderBenchmark() {
  print("== reader")
  let analysis = GeneratedArticle.analysis(words: 50_000)
  let size = Size(width: 200, height: 60)
  let setupStart = DispatchTime.now()
  var state = ReaderState(documents: [ReaderDocument(analysis)], size: size)
  var previous = render(state)
  let setupMs = milliseconds(since: setupStart)
  print(
    "article: \(analysis.article.text.unicodeScalars.count) scalars, \(analysis.quotes.count) quotes, "
      + "\(analysis.entities.count) entities, \(state.layout.lines.count) lines at 200x60; "
      + String(format: "open (layout + first frame): %.2f ms", setupMs))
  // A reading session: scrolling, paging, quote to quote, a search and its matches.
  let session = Key.sequence("jjjjJJJ<Space>kkK]d[u<Tab>jjj<Enter><Tab>nnNG<Space>gJJJ")
  state = state.replaying(Key.sequence("/ferry<Enter>")).0
  var samples: [Double] = []
  samples.reserveCapacity(4000)
  var changedCells = 0
  var slowest: [String: Double] = [:]
  for round in 0..<4000 {
    let key = session[round % session.count]
    let start = DispatchTime.now()
    if let action = state.action(for: key) { state = reduce(state, action).0 }
    let frame = render(state)
    let changes = frame.changes(from: previous)
    let elapsed = milliseconds(since: start)
    samples.append(elapsed)
    slowest[key.name] = max(slowest[key.name] ?? 0, elapsed)
    changedCells += changes.reduce(0) { $0 + $1.cells.count }
    previous = frame
  }
  samples.sort()
  let median = samples[samples.count / 2]
  let p99 = samples[samples.count * 99 / 100]
  print(
    String(
      format:
        "keystroke to frame (reduce + render + diff), 200x60, %d keys: median %.3f ms, p99 %.3f ms, max %.3f ms (target: median ≤ 2 ms); %d cells changed per key on average",
      samples.count, median, p99, samples.last!, changedCells / samples.count))
  let worst = slowest.sorted { $0.value > $1.value }.prefix(3)
  let described = worst.map { "\($0.key) " + String(format: "%.2f ms", $0.value) }
  print("slowest keys: " + described.joined(separator: ", "))
  screenEndToEnd()
}

/// Times `quoth --screen 120x40` (the sample article) as a process, end to end.
private func screenEndToEnd() {
  guard let quoth = siblingExecutable("quoth") else {
    print(
      "quoth --screen: skipped (build quoth in the same configuration first: swift build -c release --product quoth)"
    )
    return
  }
  var times: [Double] = []
  let arguments = [quoth, "--screen", "120x40", "--keys", "JJ"]
  let argv = arguments.map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  for _ in 0..<21 {
    // posix_spawn and waitpid: Foundation's Process adds its own polling delay.
    var pid: pid_t = 0
    let start = DispatchTime.now()
    guard posix_spawn(&pid, quoth, &actions, nil, argv, environ) == 0 else {
      print("quoth --screen: cannot run \(quoth)")
      return
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    times.append(milliseconds(since: start))
  }
  times.sort()
  print(
    String(
      format:
        "quoth --screen 120x40 --keys JJ (sample article, end to end, 21 runs): median %.1f ms, max %.1f ms (target ≤ 50 ms)",
      times[times.count / 2], times.last!))
}

private func milliseconds(since start: DispatchTime) -> Double {
  Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
}

/// A long article made up for the benchmark: paragraphs of plain words with a quote,
/// a speaker and a few entities in every paragraph.
enum GeneratedArticle {
  static let vocabulary = [
    "council", "ferry", "harbour", "night", "service", "budget", "vote", "residents", "crossing",
    "estuary", "the", "a", "of", "and", "to", "in", "was", "said", "plan", "year", "town", "boat",
    "road", "money", "workers", "deck", "hall", "letter", "autumn", "review",
  ]
  static let speakers = ["Mara Quinn", "Oskar Berg", "Lena Holt", "Tariq Noor", "Ines Vale"]

  static func analysis(words: Int) -> Analysis {
    var text = String.UnicodeScalarView()
    // The scalar count kept as the text grows (a String.UnicodeScalarView counts by walking).
    var scalars = 0
    var paragraphs: [Paragraph] = []
    var quotes: [Quote] = []
    var entities: [Entity] = []
    var count = 0
    var seed: UInt64 = 42
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33)
    }
    func append(_ s: String) {
      text.append(contentsOf: s.unicodeScalars)
      scalars += s.unicodeScalars.count
      count += s.split(separator: " ").count
    }
    let title = "A Long Night on the Estuary"
    append(title + "\n")
    paragraphs.append(Paragraph(start: 0, end: title.unicodeScalars.count, kind: .title))
    while count < words {
      let start = scalars
      let speaker = speakers[next() % speakers.count]
      for _ in 0..<(20 + next() % 30) { append(vocabulary[next() % vocabulary.count] + " ") }
      let quoteStart = scalars
      var quoteText = "“"
      for _ in 0..<(6 + next() % 10) { quoteText += vocabulary[next() % vocabulary.count] + " " }
      quoteText.removeLast()
      quoteText += ",”"
      append(quoteText)
      let quoteEnd = scalars
      append(" said ")
      let nameStart = scalars
      append(speaker)
      entities.append(
        Entity(start: nameStart, end: scalars, text: speaker, type: .person, canonical: speaker))
      append(". ")
      for _ in 0..<(10 + next() % 20) { append(vocabulary[next() % vocabulary.count] + " ") }
      let placeStart = scalars
      append("Harbour Town")
      entities.append(
        Entity(
          start: placeStart, end: scalars, text: "Harbour Town", type: .place,
          canonical: "Harbour Town"))
      append(".")
      paragraphs.append(Paragraph(start: start, end: scalars, kind: .body))
      quotes.append(
        Quote(
          id: quotes.count + 1, spans: [TextRange(quoteStart, quoteEnd)], text: quoteText,
          speaker: speaker,
          speakerType: .person))
      append("\n")
    }
    let body = String(text)
    let article = Article(
      source: "generated.txt", format: .text, text: body, title: title, paragraphs: paragraphs,
      body: TextRange(0, scalars))
    let speakerList = speakers.map { name in
      Speaker(
        name: name, type: .person, description: nil,
        quotes: quotes.filter { $0.speaker == name }.count, words: 0)
    }
    return Analysis(article: article, entities: entities, quotes: quotes, speakers: speakerList)
  }
}
