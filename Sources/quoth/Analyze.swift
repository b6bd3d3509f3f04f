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
    let inputs = LoadedInputs(paths: files, format: formatIn.format)
    if let outputDir {
      try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
    }
    for analysis in inputs.analyses {
      let output = try rendered(analysis)
      if let outputDir {
        let name = analysis.article.source == "-" ? "stdin" : (analysis.article.source as NSString).lastPathComponent
        let path = (outputDir as NSString).appendingPathComponent(name + (format == .json ? ".json" : ".txt"))
        try output.write(to: URL(fileURLWithPath: path))
      } else {
        FileHandle.standardOutput.write(output)
        if format == .json { FileHandle.standardOutput.write(Data("\n".utf8)) }
      }
    }
    if inputs.failures > 0 { throw ExitCode(1) }
  }

  private func rendered(_ analysis: Analysis) throws -> Data {
    switch format {
    case .json: Data(AnalysisJSON.encode(analysis).utf8)
    case .text: Data(AnalysisText.render(analysis).utf8)
    }
  }
}
