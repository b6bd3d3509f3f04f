import ArgumentParser
import Foundation
import QuothAnalysis

extension CorpusSummary.Subject: ExpressibleByArgument {}

/// `quoth analyze`'s options for corpora: JSON Lines streams, threads, summaries.
struct CorpusOptions: ParsableArguments {
  @Flag(
    help: ArgumentHelp(
      "Read JSON Lines: one article a line (id, and html, text or markdown; url, title); standard input when no file is named.",
      discussion: "Files ending in .jsonl or .ndjson are read so without it."))
  var jsonl = false

  @Option(help: "Analyse on this many threads (default: one per core).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(
    help: ArgumentHelp(
      "Print only the totals across every input: speakers or entities (--format json or csv).",
      valueName: "speakers|entities"))
  var summary: CorpusSummary.Subject?

  @Option(
    name: .customLong("summary-rows"),
    help: "With --summary: totals kept exactly up to this many names (then trimmed; see README).")
  var summaryRows: Int = 100_000

  func validate() throws {
    guard (1...512).contains(jobs) else {
      throw ValidationError("--jobs takes a number of threads from 1 to 512, not \(jobs)")
    }
    guard summaryRows >= 1 else {
      throw ValidationError("--summary-rows takes a positive number, not \(summaryRows)")
    }
  }

  /// Whether `path` is read as JSON Lines.
  func isJSONLines(_ path: String) -> Bool {
    let name = path.lowercased()
    return jsonl || name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson")
  }
}

extension CorpusOptions {
  /// Checks how the corpus options go with `quoth analyze`'s others.
  func validate(format: String, outputDir: String?, files: [String]) throws {
    if format == "csv" && summary == nil {
      throw ValidationError("--format csv is for --summary; an analysis is json or text")
    }
    if summary != nil && format == "text" {
      throw ValidationError("--summary prints json or csv: add --format json or --format csv")
    }
    if outputDir != nil
      && (summary != nil || jsonl || files.contains { CorpusRun.isStream($0, self) })
    {
      throw ValidationError(
        "--output-dir writes a file per article file; JSON Lines, WARC and --summary write to standard output"
      )
    }
  }
}
