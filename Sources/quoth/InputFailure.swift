import ArgumentParser
import Foundation
import QuothAnalysis

/// Prints a message to standard error, prefixed with the program name. File names and
/// other text from outside are made safe for the terminal, line by line.
func printError(_ message: String) {
  let safe = message.split(separator: "\n", omittingEmptySubsequences: false)
    .map { TerminalText.sanitized(String($0)) }.joined(separator: "\n")
  FileHandle.standardError.write(Data("quoth: \(safe)\n".utf8))
}

/// The files named on the command line, folders expanded into the articles they hold.
/// Folders without articles are reported on stderr and counted as failures.
struct InputPaths {
  var paths: [String]
  var failures = 0

  init(_ arguments: [String]) {
    do {
      paths = try ArticleLoader.expand(arguments)
    } catch {
      printError("\(error)")
      failures += 1
      paths = arguments.filter { (try? ArticleLoader.expand([$0])) != nil }
      paths = (try? ArticleLoader.expand(paths)) ?? []
    }
  }
}

/// The articles named on the command line, or the bundled sample when none is.
/// Inputs that cannot be read are reported on stderr and counted as failures.
struct LoadedInputs {
  var analyses: [Analysis] = []
  var failures = 0

  init(paths: [String], format: SourceFormat? = nil) {
    if paths.isEmpty {
      let article = PlainTextIngest.article(from: SampleArticle.text, source: SampleArticle.source)
      self.init(analyses: [Analyzer().analyze(article)])
    } else {
      self.init(InputPaths(paths), format: format)
    }
  }

  private init(analyses: [Analysis]) {
    self.analyses = analyses
  }

  init(_ inputs: InputPaths, format: SourceFormat? = nil) {
    let analyzer = Analyzer()
    failures = inputs.failures
    for path in inputs.paths {
      do {
        let loaded = try ArticleLoader.load(path, format: format)
        loaded.warnings.forEach(printError)
        analyses.append(analyzer.analyze(loaded.article))
      } catch {
        printError("\(error)")
        failures += 1
      }
    }
  }
}
