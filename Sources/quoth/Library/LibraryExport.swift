import ArgumentParser
import Foundation
import QuothLibrary

/// `quoth library export`: every article as JSON Lines.
struct LibraryExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Print every article of the library as JSON Lines: one `quoth analyze` object per line.")

  func run() throws {
    let library = try openLibrary()
    try reanalyseOutdated(library)
    try withLibraryErrors {
      try library.exportJSONLines { try FileHandle.standardOutput.write(contentsOf: $0) }
    }
  }
}
