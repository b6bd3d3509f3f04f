import ArgumentParser
import Foundation
import QuothAnalysis
import QuothReader
import QuothWeb

/// `quoth analyze`: the analysis without the terminal interface.
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the quotes, speakers and entities of articles, as JSON or text.")

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text, csv
  }

  @Option(help: "Output format: json or text (with --summary: json or csv).")
  var format: OutputFormat = .text

  @Option(name: .customLong("output-dir"), help: "Write DIR/<input file name>.json per input.")
  var outputDir: String?

  @OptionGroup var formatIn: FormatInOption

  @OptionGroup var inputLimit: InputLimitOption

  @OptionGroup var web: WebOptions

  @OptionGroup var corpus: CorpusOptions

  @Argument(
    help:
      "Article files, folders, URLs or feeds, JSON Lines (.jsonl) or WARC (.warc, .warc.gz) files; - reads standard input. None: the sample article."
  )
  var files: [String] = []

  func validate() throws {
    try corpus.validate(format: format.rawValue, outputDir: outputDir, files: files)
  }

  func run() throws {
    if let outputDir {
      do {
        try FileManager.default.createDirectory(
          atPath: outputDir, withIntermediateDirectories: true)
      } catch {
        printError("\(outputDir): cannot create the output folder: \(writeFailureReason(error))")
        throw ExitCode(1)
      }
    }
    // Output files written in this run: a second input with the same file name is an
    // error rather than an overwrite.
    var written: [String: String] = [:]
    let config = ReaderConfig.load(
      path: ReaderConfig.path(environment: ProcessInfo.processInfo.environment))
    for problem in config.problems { printError(problem.description) }
    let limits = inputLimit.limits(config: config.config)
    let sources = try web.sources(config: config.config)
    // Pages and feeds are fetched one by one below; files and streams alone can take the
    // corpus run (threads, JSON Lines, crawls, summaries).
    let readsWeb = files.contains(where: WebSources.isWebInput) || sources.hasSubscriptions
    if !readsWeb, CorpusRun.isNeeded(options: corpus, files: files, outputDir: outputDir) {
      let output: CorpusAnalysis.Output =
        corpus.summary.map { .summary($0) } ?? (format == .json ? .json : .text)
      let analysis = CorpusAnalysis(
        output: output,
        isHeaded: format == .text
          && (files.count > 1 || files.contains(where: isFolder) || corpus.jsonl
            || files.contains { CorpusRun.isStream($0, corpus) }),
        formatIn: formatIn.format, limits: limits)
      let run = CorpusRun(analysis: analysis, options: corpus, summaryAsCSV: format == .csv)
      if try run.run(files: files) > 0 { throw ExitCode(1) }
      return
    }
    let analyzer = Analyzer()
    // Several articles in one text output: a header for each, a blank line between.
    let headed =
      format == .text && outputDir == nil
      && (files.count > 1 || files.contains(where: isFolder) || readsWeb)
    var headers = 0
    let failures = forEachArticle(
      paths: files, format: formatIn.format, limits: limits, web: sources
    ) { article in
      let output: FileHandle
      if let outputDir {
        let name = article.source == "-" ? "stdin" : (article.source as NSString).lastPathComponent
        let path = (outputDir as NSString).appendingPathComponent(
          name + (format == .json ? ".json" : ".txt"))
        if let earlier = written[path] {
          throw OutputFailure(path: path, reason: "written already for \(earlier); not overwritten")
        }
        written[path] = article.source
        guard FileManager.default.createFile(atPath: path, contents: nil),
          let handle = FileHandle(forWritingAtPath: path)
        else {
          throw OutputFailure(path: path, reason: "cannot write the output file")
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
      case .text, .csv:  // csv only with --summary, which `CorpusRun` writes

        if headed {
          let title = article.title.map { " — " + $0 } ?? ""
          let header = TerminalText.sanitized("== " + article.source + title)
          try output.write(contentsOf: Data(((headers > 0 ? "\n" : "") + header + "\n").utf8))
          headers += 1
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

/// An output file that could not be created, or would overwrite another input's.
struct OutputFailure: Error, CustomStringConvertible {
  var path: String
  var reason: String
  var description: String { "\(path): \(reason)" }
}

/// The system's reason for a failed write or folder creation (“No space left on
/// device”), else the error as Foundation describes it.
func writeFailureReason(_ error: Error) -> String {
  let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey]
  if let posix = (underlying as? POSIXError) ?? (error as? POSIXError) {
    return String(cString: strerror(posix.code.rawValue))
  }
  if let nsError = underlying as? NSError, nsError.domain == NSPOSIXErrorDomain {
    return String(cString: strerror(Int32(nsError.code)))
  }
  return (error as NSError).localizedDescription
}
