import ArgumentParser
import QuothLibrary

/// `quoth library speakers`: everyone quoted across the library.
struct LibrarySpeakers: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers",
    abstract: "Everyone quoted across the library: quotes, articles, last quoted.")

  @OptionGroup var output: LibraryFormatOption

  func run() throws {
    let library = try openLibrary()
    try reanalyseOutdated(library)
    let speakers = try withLibraryErrors { try library.speakers() }
    let table = LibraryTable(
      columns: ["id", "name", "kind", "quotes", "articles", "lastQuoted"],
      rows: speakers.map { speaker in
        [
          .int(speaker.id), .string(speaker.name), .string(speaker.kind),
          .int(Int64(speaker.quotes)), .int(Int64(speaker.articles)),
          .string(String(speaker.lastQuoted.prefix(10))),
        ]
      },
      textColumns: [
        ("quotes", true), ("articles", true), ("lastQuoted", false), ("kind", false),
        ("name", false),
      ])
    try writeOutput(table.formatted(output.format))
  }
}
