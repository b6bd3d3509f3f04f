import Foundation
import QuothAnalysis
import QuothReader
import QuothWeb

/// Writes the text analysis of each article as its sections come (see
/// `AnalysisText.write`); returns how many inputs failed.
func printTextAnalysis(
  paths: [String], format: SourceFormat?, limits: InputLimits, web: WebSources? = nil
) -> Int {
  let analyzer = Analyzer()
  return forEachArticle(paths: paths, format: format, limits: limits, web: web) { article in
    try AnalysisText.write(article, sections: analyzer.sections(of: article)) {
      try FileHandle.standardOutput.write(contentsOf: $0)
    }
    try FileHandle.standardOutput.write(contentsOf: Data("\n".utf8))
  }
}

/// Writes the text analysis of documents analysed already.
func printTextAnalysis(_ documents: [ReaderDocument]) {
  for document in documents {
    AnalysisText.write(document.article, sections: [document.quotesAndSpeakers]) {
      FileHandle.standardOutput.write($0)
    }
    FileHandle.standardOutput.write(Data("\n".utf8))
  }
}
