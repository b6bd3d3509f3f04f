import ArgumentParser
import Foundation
import QuothAnalysis

/// `quoth [FILE…]`: read articles. Until the terminal reader lands, prints the analysis.
struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read articles with their quotes and speakers (the default command).")

  @OptionGroup var formatIn: FormatInOption

  @Argument(help: "Article files or folders; - reads standard input. None: the sample article.")
  var files: [String] = []

  func run() throws {
    let inputs = LoadedInputs(paths: files, format: formatIn.format)
    for analysis in inputs.analyses {
      print(AnalysisText.render(analysis))
    }
    if inputs.failures > 0 { throw ExitCode(1) }
  }
}
