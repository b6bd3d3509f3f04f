import ArgumentParser
import QuothLibrary

/// `quoth library remove ID…`: takes articles out of the library.
struct LibraryRemove: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove articles (by the ids `quoth library list` shows) from the library.")

  @OptionGroup var output: LibraryFormatOption

  @Argument(help: "The ids of the articles to remove.")
  var ids: [Int64]

  func validate() throws {
    if ids.isEmpty { throw ValidationError("name the ids of the articles to remove") }
  }

  func run() throws {
    let library = try openLibrary()
    let missing = try withLibraryErrors { try library.remove(ids) }
    let removed = ids.filter { !missing.contains($0) }
    for id in missing { printError("\(library.path): no article \(id) in the library") }
    let table = LibraryTable(
      columns: ["removed"], rows: removed.map { [.int($0)] }, textColumns: [("removed", true)])
    try writeOutput(table.formatted(output.format))
    if !missing.isEmpty { throw ExitCode(1) }
  }
}
