import Foundation
import QuothAnalysis

/// One piece of a corpus, as the reading thread finds it, for a worker to analyse.
enum CorpusWork: Sendable {
  /// An article file, read by the worker.
  case file(String)
  /// quoth's own sample article (no input named).
  case sample
  /// A line of a JSON Lines stream (`stream` names it: a path, `-` for standard input).
  case line(stream: String, JSONLines.Line)
  /// A web page from a WARC file.
  case page(file: String, WARCReader.Page)
  /// A record that could not be read: its error line and message, in its place.
  case failure(RecordFields, message: String)
  /// A message for standard error in its place among the articles (a WARC file's
  /// counts, or why it could not be read further).
  case notice(String, isFailure: Bool)
}

/// What analysing one piece produced besides its output.
struct CorpusOutcome: Sendable {
  /// Warnings and errors for standard error, each naming its input.
  var messages: [String] = []
  var failed = false
  /// False for a notice, which is no article of the corpus.
  var isArticle = true
  /// What the article adds to the summary, with `--summary`.
  var rows: [CorpusSummary.Row]?
}

/// How each piece is analysed and written: the same for every worker.
struct CorpusAnalysis: Sendable {
  enum Output: Sendable {
    case json, text
    /// Nothing per article: the rows for the summary.
    case summary(CorpusSummary.Subject)
  }

  var output: Output
  /// With text output and several articles, a header line before each.
  var isHeaded: Bool
  var formatIn: SourceFormat?
  var limits: InputLimits
  let analyzer = Analyzer()

  /// Analyses one piece, writing its analysis (or error line) to `write`.
  func process(_ work: CorpusWork, write: (Data) throws -> Void) -> CorpusOutcome {
    var outcome = CorpusOutcome()
    do {
      switch work {
      case .file(let path):
        let loaded = try ArticleLoader.load(path, format: formatIn, limits: limits)
        outcome.messages = loaded.warnings
        try emit(loaded.article, record: nil, into: &outcome, write: write)
      case .sample:
        let article = PlainTextIngest.article(
          from: SampleArticle.text, source: SampleArticle.source)
        try emit(article, record: nil, into: &outcome, write: write)
      case .line(let stream, let line):
        try process(line, of: stream, into: &outcome, write: write)
      case .page(let file, let page):
        let label = "\(file): record \(name(of: page.record))"
        var loaded = try ArticleLoader.article(fromBytes: page.html, source: label, format: .html)
        loaded.article.source = file
        outcome.messages = loaded.warnings
        try emit(loaded.article, record: page.record, into: &outcome, write: write)
      case .failure(let record, let message):
        try fail(record, message, into: &outcome, write: write)
      case .notice(let message, let isFailure):
        outcome.messages = [message]
        outcome.failed = isFailure
        outcome.isArticle = false
      }
    } catch {
      outcome.messages.append("\(error)")
      outcome.failed = true
    }
    return outcome
  }

  /// How messages name a crawl's record: its address, else its id.
  func name(of record: RecordFields) -> String {
    record.targetURI ?? record.id?.description ?? "(no id)"
  }

  private func process(
    _ line: JSONLines.Line, of stream: String, into outcome: inout CorpusOutcome,
    write: (Data) throws -> Void
  ) throws {
    let label = "\(stream): line \(line.number)"
    let record: JSONLines.Record
    do {
      record = try JSONLines.record(line.bytes)
    } catch {
      let named = label + (error.id.map { " (id \($0))" } ?? "")
      return try fail(
        RecordFields(id: error.id), "\(named): \(error)", into: &outcome, write: write)
    }
    let fields = RecordFields(id: record.id)
    let loaded: ArticleLoader.Loaded
    do {
      loaded = try record.article(source: "\(label) (id \(record.id))")
    } catch {
      return try fail(fields, "\(error)", into: &outcome, write: write)
    }
    var article = loaded.article
    article.source = stream
    outcome.messages = loaded.warnings
    try emit(article, record: fields, into: &outcome, write: write)
  }

  /// Records a failure: `message` for standard error and, with JSON output, in the
  /// record's error line.
  private func fail(
    _ record: RecordFields, _ message: String,
    into outcome: inout CorpusOutcome, write: (Data) throws -> Void
  ) throws {
    outcome.messages.append(message)
    outcome.failed = true
    if case .json = output {
      try write(Data((AnalysisJSON.errorLine(record: record, message: message) + "\n").utf8))
    }
  }

  private func emit(
    _ article: Article, record: RecordFields?, into outcome: inout CorpusOutcome,
    write: (Data) throws -> Void
  ) throws {
    let sections = analyzer.sections(of: article)
    switch output {
    case .summary(let subject):
      outcome.rows = CorpusSummary.rows(of: sections, subject: subject)
    case .json:
      try AnalysisJSON.write(article, sections: sections, record: record, to: write)
      try write(Data("\n".utf8))
    case .text:
      if isHeaded {
        let name = record.map(self.name(of:)) ?? article.source
        let title = article.title.map { " — " + $0 } ?? ""
        try write(Data((TerminalText.sanitized("== " + name + title) + "\n").utf8))
      }
      try AnalysisText.write(article, sections: sections, to: write)
    }
  }
}
