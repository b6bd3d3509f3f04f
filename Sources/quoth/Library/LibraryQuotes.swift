import ArgumentParser
import QuothLibrary

/// `quoth library quotes`: quotes across the library.
struct LibraryQuotes: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes", abstract: "Quotes across the library: who said what, where.")

  @OptionGroup var output: LibraryFormatOption

  @Option(
    help: "Only this speaker's quotes (any form of the name: \"Azodi\" finds \"Sina Azodi\").")
  var speaker: String?

  @Option(help: "Only quotes holding all these words.")
  var search: String?

  @Option(help: "Only articles published (else added) on or after this date, YYYY-MM-DD.")
  var since: String?

  @Option(help: "Only articles from this site (its name, or part of its address or path).")
  var site: String?

  func validate() throws {
    if let since, since.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
      throw ValidationError("--since takes a date such as 2024-03-05, not “\(since)”")
    }
  }

  func run() throws {
    let library = try openLibrary()
    try reanalyseOutdated(library)
    let quotes = try withLibraryErrors {
      try library.quotes(QuoteQuery(speaker: speaker, search: search, since: since, site: site))
    }
    let table = LibraryTable(
      columns: [
        "id", "article", "number", "speaker", "kind", "confidence", "text", "title", "source",
        "url", "site", "published",
      ],
      rows: quotes.map { quote in
        [
          .int(quote.id), .int(quote.articleId), .int(Int64(quote.number)), .string(quote.speaker),
          .string(quote.kind), .number(quote.confidence), .string(quote.text), .string(quote.title),
          .string(quote.source), .string(quote.url), .string(quote.site), .string(quote.published),
        ]
      },
      textColumns: [("article", true), ("speaker", false), ("text", false)])
    if output.format == .text {
      let rows = quotes.map { quote in
        [
          "\(quote.articleId)", quote.speaker ?? "(no speaker)",
          quote.text + " — " + (quote.title ?? quote.source),
        ].map(LibraryValue.string)
      }
      try writeOutput(
        LibraryTable(
          columns: ["article", "speaker", "text"], rows: rows,
          textColumns: [("article", true), ("speaker", false), ("text", false)]
        ).formatted(.text))
    } else {
      try writeOutput(table.formatted(output.format))
    }
  }
}
