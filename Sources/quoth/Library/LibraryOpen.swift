import ArgumentParser
import Foundation
import QuothAnalysis
import QuothLibrary
import QuothReader
import QuothTerminal

/// `quoth library` alone: the library in the reader, as the article list.
struct LibraryOpen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the library in the reader as the article list (the default).")

  @Option(help: "The colour theme (see quoth --list-themes).")
  var theme: String?

  @Option(
    help: ArgumentHelp(
      "Print the library's screen of this size (e.g. 120x40) as text and exit.", valueName: "WxH"))
  var screen: String?

  @Option(
    help: ArgumentHelp(
      "Keys to type before printing --screen, e.g. \"V\" (they change nothing in the library).",
      valueName: "KEYS"))
  var keys: String = ""

  func validate() throws {
    if let screen, Size(screen) == nil {
      throw ValidationError("--screen takes a size such as 120x40, not “\(screen)”")
    }
  }

  func run() throws {
    let setup = ReaderSetup(themeOption: theme)
    for problem in setup.problems { printError(problem.description) }
    let library = try openLibrary()
    let articles = try withLibraryErrors { try library.articles(sort: .date) }
    guard !articles.isEmpty else {
      printError("\(library.path): the library is empty; quoth FILE adds what you read")
      throw ExitCode(1)
    }
    if let size = screen.flatMap(Size.init) {
      try printScreen(of: library, articles: articles, setup: setup, size: size)
      return
    }
    guard isatty(STDOUT_FILENO) != 0 else {
      printError("the library opens in a terminal; quoth library list prints it")
      throw ExitCode(1)
    }
    let link = LibraryLink(library: library, opensStored: true)
    let sources = articles.map(\.source)
    let marks = link.marks(for: articles)
    try readLibrary(setup: setup, sources: sources, link: link, initial: marks)
  }

  /// The reader's screen on the library after `keys`, as text; what the keys would change
  /// in the library is left undone.
  private func printScreen(
    of library: Library, articles: [LibraryArticle], setup: ReaderSetup, size: Size
  ) throws {
    let link = LibraryLink(library: library, opensStored: true)
    let sources = articles.map(\.source)
    var state = setup.state(forSources: sources, size: size)
    for action in link.marks(for: articles) { _ = reduce(&state, action) }
    let analyzer = Analyzer()
    for (index, source) in sources.enumerated() {
      let stored = try withLibraryErrors {
        try link.storedArticle(source: source, analyzer: analyzer)
      }
      if let (analysis, _) = stored {
        _ = reduce(&state, .analysed(index, ReaderDocument(analysis)))
      }
    }
    (state, _) = state.replaying(Key.sequence(keys))
    printSafely(render(state).text)
  }
}

/// Runs the reader on `sources` with the library `link` (articles kept, marks and
/// reading positions); `initial` actions are folded in before the first frame.
func readLibrary(
  setup: ReaderSetup, sources: [String], link: LibraryLink, initial: [Action] = [],
) throws {
  let background = BackgroundAnalysis(paths: sources, library: link)
  background.start()
  let terminal = TerminalReader(setup: setup)
  defer {
    background.stop()
    background.messages.forEach(printError)
    if let problem = link.firstProblem { printError("the library: \(problem)") }
  }
  try terminal.run(
    makeState: { size in
      var state = setup.state(forSources: sources, size: size)
      for action in initial { _ = reduce(&state, action) }
      return state
    },
    background: background, library: link)
}
