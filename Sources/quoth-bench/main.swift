import Foundation
import QuothAnalysis

/// Release-build benchmarks. Run: `swift run -c release quoth-bench [CORPUS_DIR [only]]`;
/// with `only`, just the analysis throughput; `quoth-bench folder`: just opening a folder
/// of 10,000 articles; `quoth-bench huge`: just the peak memory on a 200 MB file and on
/// degenerate inputs (one-character lines, quote marks, `&amp;`), `quoth-bench degenerate`
/// just the latter and the time on inputs of many names and quotes;
/// `quoth-bench reader`: just the reader's keystroke-to-frame time (build quoth in
/// release too for the end-to-end figures); `quoth-bench web`: just web pages (ingest and
/// analysis of the article-extraction dev pages); `quoth-bench feed`: a feed of 1,000
/// entries from its bytes to the list's first frame; `quoth-bench entities`: just the
/// entity recogniser (model load and words per second); `quoth-bench library`: just the
/// library of 10,000 articles; `quoth-bench themes`: memory over 10,000
/// theme switches; `quoth-bench corpus`: just `quoth analyze --jsonl` on 10,000 dev
/// articles with one and two threads, and through Spark.
let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "folder" {
  runFolderBenchmark()
} else if arguments.first == "huge" {
  runHugeFileBenchmark()
  runDegenerateInputBenchmark()
} else if arguments.first == "degenerate" {
  runDegenerateInputBenchmark()
  runManyNamesBenchmark()
} else if arguments.first == "reader" {
  runReaderBenchmark()
} else if arguments.first == "themes" {
  runThemeSwitchBenchmark()
} else if arguments.first == "web" {
  runExtractionBenchmark()
} else if arguments.first == "feed" {
  runFeedBenchmark()
} else if arguments.first == "entities" {
  runEntityBenchmark()
} else if arguments.first == "library" {
  runLibraryBenchmark()
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
    runFeedBenchmark()
    runFolderBenchmark()
    runLibraryBenchmark()
    runHugeFileBenchmark()
    runDegenerateInputBenchmark()
    runManyNamesBenchmark()
  }
}
