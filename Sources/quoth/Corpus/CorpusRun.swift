import Foundation
import QuothAnalysis

/// `quoth analyze` over a corpus: article files, folders, JSON Lines streams and WARC
/// crawls, read in order on the calling thread, analysed on `jobs` threads (each with an
/// analyzer of its own), written in input order as they are done, with a progress line
/// on a terminal. One thread: each article is written as it is analysed, section by
/// section; more: each waits in a buffer that spills to a temporary file past a megabyte.
final class CorpusRun {
  /// An input named on the command line, as it is read.
  private enum Source {
    /// No input named: quoth's own sample article.
    case sample
    case files([String])
    case jsonLines(String)
    case warc(String)
  }

  private let analysis: CorpusAnalysis
  private let options: CorpusOptions
  private let limits: InputLimits
  private var summary: CorpusSummary?
  private let summaryAsCSV: Bool
  private var progress = ProgressLine()
  private var total: Int?
  private var done = 0
  private var failures = 0
  /// Articles whose output has been written.
  private var written = 0

  /// `summaryAsCSV`: with `--summary`, CSV rather than JSON.
  init(analysis: CorpusAnalysis, options: CorpusOptions, summaryAsCSV: Bool) {
    self.analysis = analysis
    self.options = options
    self.limits = analysis.limits
    self.summaryAsCSV = summaryAsCSV
    if case .summary(let subject) = analysis.output {
      summary = CorpusSummary(subject: subject, capacity: options.summaryRows)
    }
  }

  /// Whether `quoth analyze` should run through here rather than file by file: a
  /// stream, a crawl or a summary, or several articles to share among threads.
  static func isNeeded(options: CorpusOptions, files: [String], outputDir: String?) -> Bool {
    if options.summary != nil || options.jsonl || files.contains(where: { isStream($0, options) }) {
      return true
    }
    guard outputDir == nil, options.jobs > 1 else { return false }
    return files.count > 1
      || files.contains { path in
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder)
          && folder.boolValue
      }
  }

  /// Whether an input is read record by record (JSON Lines or WARC).
  static func isStream(_ path: String, _ options: CorpusOptions) -> Bool {
    options.isJSONLines(path) || WARCReader.isWARC(path: path)
  }

  /// Analyses `files` (standard input as JSON Lines with `--jsonl` and none named; the
  /// sample article with neither); returns how many inputs failed.
  func run(files: [String]) throws -> Int {
    let sources = sources(of: files)
    total = 0
    for source in sources {
      switch source {
      case .sample: total? += 1
      case .files(let paths): total? += paths.count
      case .jsonLines, .warc: total = nil
      }
    }
    let analysis = analysis
    if options.jobs == 1 {
      try read(sources) { work in
        var started = false
        let outcome = analysis.process(work) { data in
          if !started { try beginOutput() }
          started = true
          try FileHandle.standardOutput.write(contentsOf: data)
        }
        deliver(outcome)
      }
    } else {
      let workers = OrderedWorkers<CorpusWork, (output: SpillBuffer, outcome: CorpusOutcome)>(
        jobs: options.jobs, window: 4 * options.jobs
      ) {
        { work in
          var output = SpillBuffer(memoryLimit: 1 << 20)
          let outcome = analysis.process(work) { try output.append($0) }
          return (output, outcome)
        }
      }
      defer { workers.stop() }
      try read(sources) { work in try workers.submit(work, deliver: deliverBuffered) }
      try workers.finish(deliver: deliverBuffered)
    }
    progress.clear()
    if let summary {
      let text = summaryAsCSV ? summary.csv() : summary.json() + "\n"
      try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }
    return failures
  }

  /// The inputs in order, folders expanded (those with no articles reported and counted).
  private func sources(of files: [String]) -> [Source] {
    if files.isEmpty { return options.jsonl ? [.jsonLines("-")] : [.sample] }
    var sources: [Source] = []
    for file in files {
      if WARCReader.isWARC(path: file) {
        sources.append(.warc(file))
      } else if options.isJSONLines(file) {
        sources.append(.jsonLines(file))
      } else {
        let inputs = InputPaths([file])
        failures += inputs.failures
        if case .files(let earlier)? = sources.last {
          sources[sources.count - 1] = .files(earlier + inputs.paths)
        } else {
          sources.append(.files(inputs.paths))
        }
      }
    }
    return sources
  }

  /// Reads the sources in order, handing each piece of work to `body`.
  private func read(_ sources: [Source], _ body: (CorpusWork) throws -> Void) throws {
    for source in sources {
      switch source {
      case .sample:
        try body(.sample)
      case .files(let paths):
        for path in paths { try body(.file(path)) }
      case .jsonLines(let stream):
        try readJSONLines(stream, body)
      case .warc(let file):
        try readWARC(file, body)
      }
    }
  }

  private func readJSONLines(_ stream: String, _ body: (CorpusWork) throws -> Void) throws {
    do {
      try FileChunks.reading(stream) { chunks in
        try JSONLines.lines(from: { try chunks.next() }, maxBytes: limits.maxBytes) { line in
          try body(.line(stream: stream, line))
        } tooLong: { number in
          try body(
            .failure(
              RecordFields(),
              message:
                "\(stream): line \(number): longer than the \(InputLimits.describe(limits.maxBytes)) input limit (--max-input-size); not read"
            ))
        }
      }
    } catch let error as IngestError {
      try body(.notice("\(error)", isFailure: true))
    }
  }

  private func readWARC(_ file: String, _ body: (CorpusWork) throws -> Void) throws {
    var pages = 0
    var skipped: [WARCReader.Skip: Int] = [:]
    do {
      try WARCReader.read(file: file, limits: limits) { item in
        switch item {
        case .page(let page):
          pages += 1
          try body(.page(file: file, page))
        case .skipped(let reason):
          skipped[reason, default: 0] += 1
        case .failed(let record, let reason):
          try body(
            .failure(record, message: "\(file): record \(analysis.name(of: record)): \(reason)"))
        }
      }
    } catch let error as IngestError {
      return try body(.notice("\(error)", isFailure: true))
    } catch let error as WARCFailure {
      try body(.notice("\(file): \(error); the records before it are read", isFailure: true))
    }
    let reasons = WARCReader.Skip.allCases.compactMap { reason in
      skipped[reason].map { "\($0) \(reason.rawValue)" }
    }
    let skips = skipped.values.reduce(0, +)
    try body(
      .notice(
        "\(file): \(pages) HTML page\(pages == 1 ? "" : "s"); \(skips) record\(skips == 1 ? "" : "s") skipped"
          + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))"),
        isFailure: false))
  }

  /// Before an article's first output: the blank line between articles of text output.
  private func beginOutput() throws {
    if analysis.isHeaded && written > 0 {
      try FileHandle.standardOutput.write(contentsOf: Data("\n".utf8))
    }
    written += 1
  }

  /// Writes a worker's buffered output and takes in its outcome.
  private func deliverBuffered(_ result: (output: SpillBuffer, outcome: CorpusOutcome)) throws {
    var output = result.output
    if !output.isEmpty {
      try beginOutput()
      try output.drain { try FileHandle.standardOutput.write(contentsOf: $0) }
    }
    deliver(result.outcome)
  }

  /// Takes in an article's outcome: its messages, its failure, its summary rows.
  private func deliver(_ outcome: CorpusOutcome) {
    if !outcome.messages.isEmpty {
      progress.clear()
      outcome.messages.forEach(printError)
    }
    if outcome.failed { failures += 1 }
    if let rows = outcome.rows { summary?.add(article: rows) }
    if outcome.isArticle { done += 1 }
    progress.update(done: done, total: total)
  }
}
