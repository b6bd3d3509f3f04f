import ArgumentParser
import QuothAnalysis

extension SourceFormat: ExpressibleByArgument {}

/// `--format-in`: read inputs as this format instead of guessing from name and content.
struct FormatInOption: ParsableArguments {
  @Option(
    name: .customLong("format-in"),
    help: "Read inputs as text, markdown or html (default: guessed from the file name and content)."
  )
  var format: SourceFormat?
}
