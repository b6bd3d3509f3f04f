import Foundation
import QuothAnalysis
import QuothReader

/// The files named on the command line, folders expanded into the articles they hold.
/// Folders without articles are reported on stderr and counted as failures.
struct InputPaths {
  var paths: [String]
  var failures = 0

  /// `recursive` and `everyFile` as for `ArticleLoader.expand`.
  init(_ arguments: [String], recursive: Bool = false, everyFile: Bool = false) {
    paths = []
    for argument in arguments {
      do {
        paths += try ArticleLoader.expand([argument], recursive: recursive, everyFile: everyFile)
      } catch {
        printError("\(error)")
        failures += 1
      }
    }
  }
}

/// The articles named on the command line, or the bundled sample when none is, each
/// handed to `body` as soon as it is read, so only one is in memory at a time. Inputs
/// that cannot be read (or that `body` fails on) are reported on stderr; returns how
/// many failed.
func forEachArticle(
  paths: [String], format: SourceFormat? = nil, limits: InputLimits,
  _ body: (Article) throws -> Void
) -> Int {
  guard paths.isEmpty else {
    return forEachArticle(in: InputPaths(paths), format: format, limits: limits, body)
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
      let loaded = try ArticleLoader.load(path, format: format, limits: limits)
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

  init(paths: [String], format: SourceFormat? = nil, limits: InputLimits) {
    self.init { forEachArticle(paths: paths, format: format, limits: limits, $0) }
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
