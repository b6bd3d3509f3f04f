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

/// The articles named on the command line, or the bundled sample when none is.
/// Inputs that cannot be read are reported on stderr and counted as failures.
struct LoadedInputs {
  var analyses: [Analysis] = []
  var failures = 0

  init(paths: [String], format: SourceFormat? = nil) {
    let analyzer = Analyzer()
    if paths.isEmpty {
      let article = PlainTextIngest.article(from: SampleArticle.text, source: SampleArticle.source)
      analyses.append(analyzer.analyze(article))
      return
    }
    let expanded: [String]
    do {
      expanded = try ArticleLoader.expand(paths)
    } catch {
      printError("\(error)")
      failures += 1
      expanded = paths.filter { (try? ArticleLoader.expand([$0])) != nil }
    }
    for path in expanded {
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
