import Foundation
import QuothAnalysis

/// Release-build benchmarks. Run: `swift run -c release quoth-bench [CORPUS_DIR [only]]`;
/// with `only`, just the analysis throughput; `quoth-bench folder`: just opening a folder
/// of 10,000 articles; `quoth-bench huge`: just the peak memory on a 200 MB file and on
/// degenerate inputs (one-character lines, quote marks, `&amp;`), `quoth-bench degenerate`
/// just the latter;
/// `quoth-bench reader`: just the reader's keystroke-to-frame time (build quoth in
/// release too for the end-to-end figures); `quoth-bench web`: just web pages (ingest and
/// analysis of the article-extraction dev pages); `quoth-bench corpus`: just `quoth analyze
/// --jsonl` on 10,000 dev articles with one and two threads, and through Spark.
let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "folder" {
  runFolderBenchmark()
} else if arguments.first == "huge" {
  runHugeFileBenchmark()
  runDegenerateInputBenchmark()
} else if arguments.first == "degenerate" {
  runDegenerateInputBenchmark()
} else if arguments.first == "reader" {
  runReaderBenchmark()
} else if arguments.first == "web" {
  runExtractionBenchmark()
} else if arguments.first == "corpus" {
  runCorpusBenchmark()
} else {
  let corpus = arguments.first ?? "../shared/corpus/polnear/train/text"
  let analysisOnly = arguments.count >= 2
  AnalysisBenchmark.run(corpus: corpus)
  if !analysisOnly {
    runEntityBenchmark()
    runExtractionBenchmark()
    runReaderBenchmark()
    runFolderBenchmark()
    runHugeFileBenchmark()
    runDegenerateInputBenchmark()
  }
}
