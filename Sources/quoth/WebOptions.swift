import ArgumentParser
import Foundation
import QuothAnalysis
import QuothReader
import QuothWeb

/// `--timeout`, `--max-download-size`, `--urls` and `--no-cache`: how quoth reads URLs and
/// feeds.
struct WebOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Seconds a web request may take, connecting included (default: the config's, else 30).",
      valueName: "SECONDS"))
  var timeout: Double?

  @Option(
    name: .customLong("max-download-size"),
    help: ArgumentHelp(
      "Stop reading a page or feed larger than this, e.g. 5M (default: the config's, else 20M).",
      valueName: "SIZE"))
  var maxDownloadSize: String?

  @Option(
    help: ArgumentHelp(
      "Read every feed of a newsboat urls file as one list (e.g. ~/.newsboat/urls).",
      valueName: "FILE"))
  var urls: String?

  @Flag(
    name: .customLong("no-cache"),
    help: "Do not keep feeds and pages between runs (config: cache = false).")
  var noCache = false

  func validate() throws {
    if let timeout, !(timeout > 0) {
      throw ValidationError("--timeout takes a number of seconds greater than 0")
    }
    if let maxDownloadSize, InputLimits.byteCount(maxDownloadSize) == nil {
      throw ValidationError(
        "--max-download-size takes a size such as 5M or 20M, not “\(maxDownloadSize)”")
    }
  }

  /// The limits in force: these options', else the config's, else the defaults.
  func fetchOptions(config: ReaderConfig) -> FetchOptions {
    FetchOptions(
      timeout: timeout ?? config.timeout ?? FetchOptions.standardTimeout,
      maxBytes: maxDownloadSize.flatMap(InputLimits.byteCount) ?? config.maxDownloadSize
        ?? FetchOptions.standardMaxBytes)
  }

  /// What reads the web for this command, with the feeds of `--urls` (an unreadable file
  /// is an error naming it; lines quoth skips are reported).
  func sources(config: ReaderConfig) throws -> WebSources {
    var subscriptions: [Subscription] = []
    if let urls {
      let path = (urls as NSString).expandingTildeInPath
      guard let data = FileManager.default.contents(atPath: path) else {
        printError(
          "\(urls): cannot read the newsboat urls file"
            + (FileManager.default.fileExists(atPath: path) ? "" : ": no such file"))
        throw ExitCode(1)
      }
      let parsed = NewsboatURLs.parse(String(decoding: data, as: UTF8.self))
      for skipped in parsed.skipped {
        printError("\(urls): \(skipped): not an http or https feed; skipped")
      }
      if parsed.subscriptions.isEmpty {
        printError("\(urls): no feeds in it")
        throw ExitCode(1)
      }
      subscriptions = parsed.subscriptions
    }
    return WebSources(fetcher: fetcher(config: config), subscriptions: subscriptions)
  }

  /// The fetcher with the cache between runs around it, unless `--no-cache` or
  /// `cache = false` turns it off.
  func fetcher(config: ReaderConfig) -> any WebFetching {
    let fetcher = Fetcher(options: fetchOptions(config: config))
    guard !noCache, config.cache,
      let directory = WebCache.standardDirectory(environment: ProcessInfo.processInfo.environment)
    else { return fetcher }
    return CachingFetcher(fetcher: fetcher, cache: WebCache(directory: directory))
  }
}
