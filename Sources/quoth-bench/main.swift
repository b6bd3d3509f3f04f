import Foundation
import QuothAnalysis

/// Release-build benchmarks. Run: `swift run -c release quoth-bench [CORPUS_DIR [only]]`;
/// with `only`, just the analysis throughput.
let arguments = CommandLine.arguments.dropFirst()
let corpus = arguments.first ?? "../shared/corpus/polnear/train/text"
let analysisOnly = arguments.count >= 2
AnalysisBenchmark.run(corpus: corpus)
if !analysisOnly {
  runEntityBenchmark()
  runExtractionBenchmark()
  runReaderBenchmark()
  runHugeFileBenchmark()
}
