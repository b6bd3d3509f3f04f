import ArgumentParser
import QuothAnalysis
import QuothLibrary

/// `quoth library list`: the articles of the library.
struct LibraryList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the articles of the library.")

  @OptionGroup var output: LibraryFormatOption

  @Option(help: "Order: date, site, title, quotes or added.")
  var sort: LibrarySort = .date

  @Option(help: "Only articles whose title or text holds all these words.")
  var search: String?

  func run() throws {
    let library = try openLibrary()
    try reanalyseOutdated(library)
    let articles = try withLibraryErrors { try library.articles(sort: sort, search: search) }
    let table = LibraryTable(
      columns: [
        "id", "title", "source", "url", "site", "published", "added", "opened", "quotes",
        "speakers", "unread", "starred", "position",
      ],
      rows: articles.map { article in
        [
          .int(article.id), .string(article.title), .string(article.source), .string(article.url),
          .string(article.site), .string(article.published), .string(isoString(article.added)),
          .string(article.opened.map(isoString)), .int(Int64(article.quoteCount)),
          .int(Int64(article.speakerCount)), .bool(article.unread), .bool(article.starred),
          .int(Int64(article.position)),
        ]
      },
      textColumns: [])
    if output.format == .text {
      // id, date, quotes, flags (N unread, * starred), title or source.
      let rows = articles.map { article in
        [
          "\(article.id)",
          article.published.map { String($0.prefix(10)) } ?? dayString(article.added),
          "\(article.quoteCount)q", (article.unread ? "N" : " ") + (article.starred ? "*" : " "),
          (article.title ?? article.source) + (article.site.map { " (\($0))" } ?? ""),
        ].map(LibraryValue.string)
      }
      let text = LibraryTable(
        columns: ["id", "date", "quotes", "flags", "title"], rows: rows,
        textColumns: [
          ("id", true), ("date", false), ("quotes", true), ("flags", false), ("title", false),
        ])
      try writeOutput(text.formatted(.text))
    } else {
      try writeOutput(table.formatted(output.format))
    }
  }
}

extension LibrarySort: ExpressibleByArgument {}

/// Re-analyses the articles an older quoth analysed, telling how far it has come on
/// standard error (the rows printed then come from the current analysis).
func reanalyseOutdated(_ library: Library) throws {
  let outdated = try withLibraryErrors { try library.outdated() }
  guard !outdated.isEmpty else { return }
  let analyzer = Analyzer()
  for (done, id) in outdated.enumerated() {
    try withLibraryErrors { _ = try library.reanalyse(id: id, with: analyzer) }
    if done % 100 == 99 || done == outdated.count - 1 {
      printError(
        "re-analysed \(done + 1) of \(outdated.count) articles (quoth's analysis is newer)")
    }
  }
}
