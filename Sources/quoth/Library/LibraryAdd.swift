import ArgumentParser
import Foundation
import QuothAnalysis
import QuothLibrary
import QuothReader
import QuothWeb

/// `quoth library add PATH|URL…`: analyse articles and keep them in the library.
struct LibraryAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Analyse articles and add them to the library (again: replaced).",
    discussion: """
      A URL is fetched and the article found in the page is kept with its address; a feed \
      adds each of its entries. An article that cannot be read or fetched is named with the \
      reason and nothing of it is kept; the others are added, and the exit status is 1.
      """)

  @OptionGroup var formatIn: FormatInOption

  @OptionGroup var inputLimit: InputLimitOption

  @OptionGroup var web: WebOptions

  @Flag(name: [.short, .long], help: "Add the articles in subfolders too.")
  var recursive = false

  @Flag(name: [.short, .long], help: "Print nothing but errors.")
  var quiet = false

  @Argument(help: "Article files, folders, URLs or feeds; - reads standard input.")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("name the articles to add") }
  }

  func run() throws {
    let library = try openLibrary()
    let config = loadConfigReporting()
    let inputs = InputPaths(files, recursive: recursive, web: try web.sources(config: config))
    let analyzer = Analyzer()
    var added = 0
    let failures = forEachArticle(
      in: inputs, format: formatIn.format, limits: inputLimit.limits(config: config)
    ) { article in
      var article = article
      article.source = LibraryAdd.librarySource(article.source)
      let id = try library.add(analyzer.analyze(article))
      added += 1
      if !quiet { printSafely("\(id)\t\(article.title ?? article.source)") }
    }
    if !quiet {
      FileHandle.standardError.write(
        Data("quoth: \(added) article\(added == 1 ? "" : "s") in \(library.path)\n".utf8))
    }
    if failures > 0 { throw ExitCode(1) }
  }

  /// Where an article came from, as the library keeps it: a file's absolute path (the
  /// same file added from another folder is the same article); `-` and URLs as given.
  static func librarySource(_ source: String) -> String {
    guard source != "-", !source.contains("://") else { return source }
    let url = URL(fileURLWithPath: source).standardizedFileURL
    return url.path
  }
}
