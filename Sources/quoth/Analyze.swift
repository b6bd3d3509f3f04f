import ArgumentParser
import Foundation
import QuothAnalysis

/// `quoth analyze`: the analysis without the terminal interface.
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the quotes, speakers and entities of articles, as JSON or text.")

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text
  }

  @Option(help: "Output format: json or text.")
  var format: OutputFormat = .text

  @Option(name: .customLong("output-dir"), help: "Write DIR/<input file name>.json per input.")
  var outputDir: String?

  @OptionGroup var formatIn: FormatInOption

  @Argument(help: "Article files or folders; - reads standard input. None: the sample article.")
  var files: [String] = []

  func run() throws {
    if let outputDir {
      try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
    }
    let analyzer = Analyzer()
    // Several articles in one text output: a header for each, a blank line between.
    let headed =
      format == .text && outputDir == nil && (files.count > 1 || files.contains(where: isFolder))
    var written = 0
    let failures = forEachArticle(paths: files, format: formatIn.format) { article in
      let output: FileHandle
      if let outputDir {
        let name = article.source == "-" ? "stdin" : (article.source as NSString).lastPathComponent
        let path = (outputDir as NSString).appendingPathComponent(
          name + (format == .json ? ".json" : ".txt"))
        guard FileManager.default.createFile(atPath: path, contents: nil),
          let handle = FileHandle(forWritingAtPath: path)
        else {
          throw OutputFailure(path: path)
        }
        output = handle
      } else {
        output = FileHandle.standardOutput
      }
      defer { if outputDir != nil { try? output.close() } }
      // Written as the sections come: a huge file never has its whole analysis in memory.
      switch format {
      case .json:
        try AnalysisJSON.write(article, sections: analyzer.sections(of: article)) {
          try output.write(contentsOf: $0)
        }
        if outputDir == nil { try output.write(contentsOf: Data("\n".utf8)) }
      case .text:
        if headed {
          let title = article.title.map { " — " + $0 } ?? ""
          let header = TerminalText.sanitized("== " + article.source + title)
          try output.write(contentsOf: Data(((written > 0 ? "\n" : "") + header + "\n").utf8))
          written += 1
        }
        try AnalysisText.write(article, sections: analyzer.sections(of: article)) {
          try output.write(contentsOf: $0)
        }
      }
    }
    if failures > 0 { throw ExitCode(1) }
  }
}

/// Whether `path` names a folder.
private func isFolder(_ path: String) -> Bool {
  var folder: ObjCBool = false
  return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
}

/// An output file that could not be created.
struct OutputFailure: Error, CustomStringConvertible {
  var path: String
  var description: String { "\(path): cannot write the output file" }
}
