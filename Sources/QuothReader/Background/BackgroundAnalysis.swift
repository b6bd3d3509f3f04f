import Foundation
import QuothAnalysis

/// Loads and analyses a list of articles on worker threads while the reader runs, and
/// hands each result to the terminal loop as an action (`.analysed` or `.failed`) to fold
/// in through `reduce`. Articles the user is waiting for (`prefer`) go first, the rest in
/// list order. Warnings and failures are kept for standard error.
public final class BackgroundAnalysis: @unchecked Sendable {
  /// Reads one article of the list (a file, or from the web) on a worker thread.
  public typealias Load = @Sendable (String) throws -> ArticleLoader.Loaded
  /// Reads the list's feeds again (`r` in the list) on a worker thread.
  public typealias Relist = @Sendable () -> [ListedArticle]

  private let load: Load
  private let relistSources: Relist?
  private let library: ReaderLibrary?
  private let workers: Int
  // Everything below is guarded by `lock`.
  private let lock = NSLock()
  /// The articles, in list order (links followed and new feed entries are added).
  private var paths: [String]
  /// Feeds being read again.
  private var relisting = 0
  private var claimed: [Bool]
  private var nextInOrder = 0
  private var preferred: [Int] = []
  /// Articles to read again (`reload`), before any other.
  private var again: [Int] = []
  /// Worker threads running.
  private var running = 0
  private var results: [Action] = []
  /// How far articles being analysed have come, since the last `takeResults`.
  private var progressed: [Int: Double] = [:]
  /// Articles whose result has been taken.
  private var finished = 0
  private var stopped = false
  private var problems: [(index: Int, text: String)] = []
  private var failed: Set<Int> = []

  /// `workers`: threads to use (by default one per core, at most four). With `library`,
  /// the marks of articles it keeps arrive as `.marked` before their analysis, and
  /// articles the library lists come from it.
  public convenience init(
    paths: [String], format: SourceFormat? = nil, limits: InputLimits = InputLimits(),
    workers: Int? = nil, library: ReaderLibrary? = nil
  ) {
    self.init(paths: paths, workers: workers, library: library) {
      try ArticleLoader.load($0, format: format, limits: limits)
    }
  }

  /// Articles read by `load` (the CLI's reads URLs and feed entries too).
  /// With `relist`, `r` in the list reads the list's feeds again (`relist()`).
  public init(
    paths: [String], workers: Int? = nil, library: ReaderLibrary? = nil,
    relist: Relist? = nil, load: @escaping Load
  ) {
    self.paths = paths
    self.load = load
    relistSources = relist
    self.library = library
    self.workers = max(1, workers ?? min(4, ProcessInfo.processInfo.activeProcessorCount))
    claimed = Array(repeating: false, count: paths.count)
  }

  /// Starts the worker threads.
  public func start() {
    lock.lock()
    let count = min(workers, paths.count)
    lock.unlock()
    for _ in 0..<count { startWorker() }
  }

  private func startWorker() {
    lock.lock()
    running += 1
    lock.unlock()
    let thread = Thread { [self] in work() }
    // As much stack as the main thread has: the analysis is the same as on it.
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// Adds articles to read after those listed (`Request.read`): their indices follow on.
  public func add(_ sources: [String]) {
    lock.lock()
    paths += sources
    claimed += Array(repeating: false, count: sources.count)
    let idle = running < workers && !stopped
    lock.unlock()
    if idle { startWorker() }
  }

  /// Reads the list's feeds again on a thread of its own; the list arrives as
  /// `Action.relisted` (`Request.reloadList`).
  public func relist() {
    guard let relistSources else { return }
    lock.lock()
    relisting += 1
    lock.unlock()
    Thread { [self] in
      let listed = relistSources()
      lock.lock()
      results.append(.relisted(listed))
      relisting -= 1
      lock.unlock()
    }.start()
  }

  /// Reads the article at `index` again (its result was taken): `r` in the reader.
  public func reload(_ index: Int) {
    lock.lock()
    guard paths.indices.contains(index) else {
      lock.unlock()
      return
    }
    again.append(index)
    finished -= 1
    // What it said last time no longer holds.
    problems.removeAll { $0.index == index }
    failed.remove(index)
    let idle = running == 0 && !stopped
    lock.unlock()
    if idle { startWorker() }
  }

  /// Puts these articles first (the most wanted first), replacing the earlier wishes.
  public func prefer(_ indices: [Int]) {
    lock.lock()
    preferred = indices
    lock.unlock()
  }

  /// The results that arrived since the last call, without waiting.
  public func takeResults() -> [Action] {
    lock.lock()
    defer { lock.unlock() }
    let taken =
      progressed.sorted { $0.key < $1.key }.map { Action.analysing($0.key, $0.value) }
      + results
    results.removeAll()
    progressed.removeAll()
    finished += taken.filter(\.isResult).count
    return taken
  }

  /// Whether every article's result has been taken.
  public var isFinished: Bool {
    lock.lock()
    defer { lock.unlock() }
    return finished >= paths.count && relisting == 0 && results.isEmpty
  }

  /// Waits until every article has a result or `seconds` have passed; returns whether
  /// they all have (a small article then opens without a progress screen first).
  public func wait(upTo seconds: Double) -> Bool {
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
    while DispatchTime.now().uptimeNanoseconds < deadline {
      lock.lock()
      let done = results.filter(\.isResult).count + finished >= paths.count
      lock.unlock()
      if done { return true }
      usleep(2_000)
    }
    return false
  }

  /// Stops the workers after the articles they are on.
  public func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
  }

  /// Warnings and failures so far, in list order, each naming its file.
  public var messages: [String] {
    lock.lock()
    defer { lock.unlock() }
    return problems.sorted { $0.index < $1.index }.map(\.text)
  }

  /// Articles that could not be read, so far.
  public var failures: Int {
    lock.lock()
    defer { lock.unlock() }
    return failed.count
  }

  private func work() {
    let analyzer = Analyzer()
    while let (index, path) = claim() {
      let result: Action
      var notes: [String] = []
      var didFail = false
      var marks: LibraryMarks?
      do {
        if let library,
          let (analysis, stored) = try library.storedArticle(source: path, analyzer: analyzer)
        {
          marks = stored
          result = .analysed(index, ReaderDocument(analysis))
        } else {
          let loaded = try load(path)
          notes = loaded.warnings
          let sections = ReportingSections(analyzer.sections(of: loaded.article)) { fraction in
            self.report(index, fraction)
          }
          result = .analysed(index, ReaderDocument(article: loaded.article, sections: sections))
          marks = library?.marks(source: path)
        }
      } catch {
        let message = "\(error)"
        notes = [message]
        didFail = true
        // The list shows the file's name already: the reason is the rest.
        let prefix = path + ": "
        result = .failed(
          index,
          reason: message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message)
      }
      lock.lock()
      // Warnings first: the reader shows them when the article opens.
      if !didFail { results += notes.map { .noted(index, $0) } }
      if let marks { results.append(.marked(index, marks)) }
      results.append(result)
      problems += notes.map { (index, $0) }
      if didFail { failed.insert(index) }
      lock.unlock()
    }
  }

  /// Notes how far the analysis of an article has come: the next `takeResults` hands it
  /// over as an `.analysing` action (a large article's progress line).
  private func report(_ index: Int, _ fraction: Double) {
    lock.lock()
    progressed[index] = fraction
    lock.unlock()
  }

  /// The next article to analyse: one to read again, a preferred one not yet taken, else
  /// the next in order. Nil: the worker stops (and is counted out, under the same lock).
  private func claim() -> (Int, String)? {
    lock.lock()
    defer { lock.unlock() }
    guard let index = nextClaim() else {
      running -= 1
      return nil
    }
    return (index, paths[index])
  }

  private func nextClaim() -> Int? {
    if stopped { return nil }
    if !again.isEmpty { return again.removeFirst() }
    if let index = preferred.first(where: { claimed.indices.contains($0) && !claimed[$0] }) {
      claimed[index] = true
      return index
    }
    while nextInOrder < claimed.count && claimed[nextInOrder] { nextInOrder += 1 }
    guard nextInOrder < claimed.count else { return nil }
    claimed[nextInOrder] = true
    return nextInOrder
  }
}

/// The sections of an article's analysis, telling `report` how much of the article they
/// cover after each but the last.
private struct ReportingSections: Sequence, IteratorProtocol {
  var sections: AnalysisSections
  let report: (Double) -> Void

  init(_ sections: AnalysisSections, report: @escaping (Double) -> Void) {
    self.sections = sections
    self.report = report
  }

  mutating func next() -> AnalysisSection? {
    guard let section = sections.next() else { return nil }
    // An article of one section (nearly all) is done as soon as it starts: no report.
    if sections.fractionDone < 1 { report(sections.fractionDone) }
    return section
  }
}
