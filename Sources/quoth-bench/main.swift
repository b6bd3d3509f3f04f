import Foundation
import QuothAnalysis

/// Release-build benchmarks. Run: `swift run -c release quoth-bench [CORPUS_DIR]`.
let arguments = CommandLine.arguments.dropFirst()
let corpus = arguments.first ?? "../shared/corpus/polnear/train/text"
AnalysisBenchmark.run(corpus: corpus)
if CommandLine.arguments.count < 3 { runEntityBenchmark() }
if CommandLine.arguments.count < 3 { runExtractionBenchmark() }
