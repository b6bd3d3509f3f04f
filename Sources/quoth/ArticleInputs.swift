import Foundation
import QuothAnalysis
import QuothReader
import QuothWeb

/// The files named on the command line, folders expanded into the articles they hold.
/// Folders without articles are reported on stderr and counted as failures. With `web`,
/// URLs and feeds are read too (see `WebSources.resolve`).
struct InputPaths {
  var paths: [String]
  var failures = 0
  /// What reads URLs and feed entries; nil: files only.
  var web: WebSources?
  /// What reads the pages of links followed in the reader, files only or not.
  private(set) var linkReader: WebSources?
  /// The inputs as given (folders expanded), before feeds became their entries: what `r`
  /// in the list reads again.
  private(set) var given: [String] = []
  /// The titles of feed entries, by path, for the list before they are read.
  var titles: [String?] = []

  /// `recursive` and `everyFile` as for `ArticleLoader.expand`.
  init(
    _ arguments: [String], recursive: Bool = false, everyFile: Bool = false,
    web: WebSources? = nil
  ) {
    paths = []
    for argument in arguments {
      do {
        paths += try ArticleLoader.expand([argument], recursive: recursive, everyFile: everyFile)
      } catch {
        printError("\(error)")
        failures += 1
      }
    }
    linkReader = web
    guard let web, web.hasSubscriptions || paths.contains(where: WebSources.isWebInput) else {
      return
    }
    given = paths
    let listed = web.resolve(paths)
    self.web = web
    paths = listed.map(\.source)
    titles = listed.map(\.title)
  }

  /// The list's feeds read again: every article they list now (`r` in the list); nil when
  /// the list has no feed or URL.
  var relist: BackgroundAnalysis.Relist? {
    guard let web else { return nil }
    let given = given
    return { web.resolve(given).map { ListedArticle(source: $0.source, title: $0.title) } }
  }

  /// Reads one of the paths: through `web` when there is one.
  func load(_ path: String, format: SourceFormat?, limits: InputLimits) throws
    -> ArticleLoader.Loaded
  {
    if let web { return try web.load(path, format: format, limits: limits) }
    if let linkReader, Fetcher.isWebAddress(path) {
      return try linkReader.load(path, format: format, limits: limits)
    }
    return try ArticleLoader.load(path, format: format, limits: limits)
  }
}

/// The articles named on the command line, or the bundled sample when none is, each
/// handed to `body` as soon as it is read, so only one is in memory at a time. Inputs
/// that cannot be read (or that `body` fails on) are reported on stderr; returns how
/// many failed.
func forEachArticle(
  paths: [String], format: SourceFormat? = nil, limits: InputLimits, web: WebSources? = nil,
  _ body: (Article) throws -> Void
) -> Int {
  guard paths.isEmpty && !(web?.hasSubscriptions ?? false) else {
    return forEachArticle(in: InputPaths(paths, web: web), format: format, limits: limits, body)
  }
  do {
    try body(PlainTextIngest.article(from: SampleArticle.text, source: SampleArticle.source))
    return 0
  } catch {
    printError("\(error)")
    return 1
  }
}

/// The articles of expanded input paths, one at a time (see `forEachArticle(paths:)`).
func forEachArticle(
  in inputs: InputPaths, format: SourceFormat? = nil, limits: InputLimits,
  _ body: (Article) throws -> Void
) -> Int {
  var failures = inputs.failures
  for path in inputs.paths {
    do {
      let loaded = try inputs.load(path, format: format, limits: limits)
      loaded.warnings.forEach(printError)
      try body(loaded.article)
    } catch {
      printError("\(error)")
      failures += 1
    }
  }
  return failures
}

/// The articles named on the command line analysed for the reader (see
/// `forEachArticle`), each in the reader's compact form as soon as it is read.
struct LoadedInputs {
  var documents: [ReaderDocument] = []
  var failures = 0

  init(paths: [String], format: SourceFormat? = nil, limits: InputLimits, web: WebSources? = nil) {
    self.init { forEachArticle(paths: paths, format: format, limits: limits, web: web, $0) }
  }

  init(_ inputs: InputPaths, format: SourceFormat? = nil, limits: InputLimits) {
    self.init { forEachArticle(in: inputs, format: format, limits: limits, $0) }
  }

  /// The documents of the articles `reading` hands over; it returns the failures.
  private init(reading: ((Article) throws -> Void) -> Int) {
    let analyzer = Analyzer()
    var documents: [ReaderDocument] = []
    failures = reading { documents.append(ReaderDocument(analyzing: $0, with: analyzer)) }
    self.documents = documents
  }
}
