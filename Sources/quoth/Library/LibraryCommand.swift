import ArgumentParser

/// `quoth library`: the library of everything read (see README, "The library").
struct LibraryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "library",
    abstract: "The library of every article read: list, search, quotes across articles.",
    discussion: """
      Without a subcommand, opens the library in the reader as the article list. \
      The library is $XDG_DATA_HOME/quoth/library.sqlite (by default ~/.local/share/quoth).
      """,
    subcommands: [
      LibraryOpen.self, LibraryAdd.self, LibraryList.self, LibraryQuotes.self,
      LibrarySpeakers.self, LibraryRemove.self, LibraryExport.self,
    ],
    defaultSubcommand: LibraryOpen.self
  )
}
