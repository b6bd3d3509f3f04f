import ArgumentParser
import Foundation
import QuothAnalysis
import QuothLibrary
import QuothReader
import QuothTerminal
import QuothWeb

/// `quoth [FILE…]`: read articles in the terminal.
struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read articles with their quotes and speakers (the default command).",
    discussion: """
      Keys: J/K next and previous quote, Tab the quotes pane, s filter by speaker, / search, \
      v speakers, E entities, ? help, q quit. When standard output is not a terminal (and no \
      --screen is given), the text analysis is printed instead.
      """)

  enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  @OptionGroup var formatIn: FormatInOption

  @OptionGroup var inputLimit: InputLimitOption

  @OptionGroup var web: WebOptions

  @Argument(
    help:
      "Article files, folders, URLs or feeds; - reads standard input. None: the sample article.")
  var files: [String] = []

  @Option(
    help: ArgumentHelp("Print the screen of this size (e.g. 120x40) and exit.", valueName: "WxH"))
  var screen: String?

  @Option(
    help: ArgumentHelp(
      "Keys to type before printing --screen, e.g. \"JJs\" or \"/ferry<Enter>n\".",
      valueName: "KEYS"))
  var keys: String = ""

  @Option(help: "Colour for --screen: auto, always or never.")
  var color: ColorChoice = .auto

  @Option(help: "The colour theme (see --list-themes).")
  var theme: String?

  @Flag(name: .customLong("list-themes"), help: "List the colour themes and exit.")
  var listThemes = false

  @Flag(
    name: [.short, .long],
    help: "Read the articles in subfolders too (in the reader, every file is listed).")
  var recursive = false

  @Flag(
    name: .customLong("no-library"),
    help: "Do not keep the articles in the library (config: library = false).")
  var noLibrary = false

  func validate() throws {
    if let screen, Size(screen) == nil {
      throw ValidationError("--screen takes a size such as 120x40, not “\(screen)”")
    }
  }

  func run() throws {
    let setup = ReaderSetup(themeOption: theme)
    let limits = inputLimit.limits(config: setup.config)
    if listThemes {
      for problem in setup.problems { printError(problem.description) }
      for name in setup.catalog.names {
        printSafely(name == setup.theme.name ? "\(name) (in use)" : name)
      }
      return
    }
    let interactive = screen == nil && isatty(STDOUT_FILENO) != 0
    // Also on the status line in the reader; on stderr they outlast the screen.
    for problem in setup.problems { printError(problem.description) }
    let sources = try web.sources(config: setup.config)
    if interactive && (!files.isEmpty || sources.hasSubscriptions) {
      // Several articles: the list opens at once and they are analysed behind it; one
      // large article opens on a progress screen. (Standard input is read first: on the
      // terminal, the reader needs the keyboard.) Every file of a folder is listed, those
      // quoth cannot read with the reason.
      let listed = InputPaths(files, recursive: recursive, everyFile: true, web: sources)
      let keyboardIsInput = listed.paths.contains("-") && isatty(STDIN_FILENO) != 0
      if listed.paths.count > 1 && !keyboardIsInput
        || listed.paths.count == 1 && listed.paths[0] != "-"
      {
        let format = formatIn.format
        let library =
          noLibrary || !setup.config.library
          ? nil : openLibraryForReading { try listed.load($0, format: format, limits: limits) }
        try readInBackground(
          setup: setup, inputs: listed, limits: limits, library: library?.link,
          libraryProblem: library?.problem)
        return
      }
      try read(setup: setup, inputs: LoadedInputs(listed, format: formatIn.format, limits: limits))
      return
    }
    if !interactive && screen == nil {
      // Written as each article's sections come: a huge file is never whole in memory.
      if printTextAnalysis(paths: files, format: formatIn.format, limits: limits, web: sources) > 0
      {
        throw ExitCode(1)
      }
      return
    }
    let inputs =
      recursive
      ? LoadedInputs(
        InputPaths(files, recursive: true, web: sources), format: formatIn.format, limits: limits)
      : LoadedInputs(paths: files, format: formatIn.format, limits: limits, web: sources)
    guard !inputs.documents.isEmpty else { throw ExitCode(1) }
    if let screen, let size = Size(screen) {
      try printScreen(setup: setup, documents: inputs.documents, size: size)
    } else {
      try read(setup: setup, inputs: inputs)
    }
    if inputs.failures > 0 { throw ExitCode(1) }
  }

  /// The reader on articles analysed already.
  private func read(setup: ReaderSetup, inputs: LoadedInputs) throws {
    guard !inputs.documents.isEmpty else { throw ExitCode(1) }
    let terminal = TerminalReader(setup: setup)
    do {
      try terminal.run { size in setup.state(for: inputs.documents, size: size) }
    } catch {
      printError("\(error); printing the analysis instead")
      printTextAnalysis(inputs.documents)
      throw ExitCode(1)
    }
    if inputs.failures > 0 { throw ExitCode(1) }
  }

  /// The reader on a list of articles analysed while it runs: the list shows at once.
  /// Warnings and unreadable files go to stderr when the reader closes.
  private func readInBackground(
    setup: ReaderSetup, inputs: InputPaths, limits: InputLimits, library: LibraryLink?,
    libraryProblem: String?
  ) throws {
    let format = formatIn.format
    // Fetching waits on the network, not the processor: more workers for the web.
    let background = BackgroundAnalysis(
      paths: inputs.paths, workers: inputs.web == nil ? nil : 4, library: library,
      relist: inputs.relist
    ) { try inputs.load($0, format: format, limits: limits) }
    background.start()
    // One article that is quick to analyse opens at once; one that fails is an error.
    if inputs.paths.count == 1, background.wait(upTo: 0.2), background.failures > 0 {
      background.messages.forEach(printError)
      throw ExitCode(1)
    }
    let terminal = TerminalReader(setup: setup)
    do {
      try terminal.run(
        makeState: { size in
          var state = setup.state(forSources: inputs.paths, titles: inputs.titles, size: size)
          if library != nil { _ = reduce(&state, .libraryOpened) }
          if inputs.relist != nil { _ = reduce(&state, .listReloadable) }
          if let libraryProblem { _ = reduce(&state, .libraryFailed(reason: libraryProblem)) }
          return state
        },
        background: background, library: library)
    } catch {
      background.stop()
      printError("\(error); printing the analysis instead")
      _ = printTextAnalysis(
        paths: inputs.paths, format: formatIn.format, limits: limits, web: inputs.web)
      throw ExitCode(1)
    }
    background.stop()
    background.messages.forEach(printError)
    if let problem = library?.firstProblem { printError("the library: \(problem)") }
    if inputs.failures + background.failures > 0 { throw ExitCode(1) }
  }

  /// `--screen`: the frame the keys produce, through the same reduce and render. A
  /// failed write (a full disk) is reported and exits with status 1.
  private func printScreen(setup: ReaderSetup, documents: [ReaderDocument], size: Size) throws {
    var state = setup.state(for: documents, size: size)
    (state, _) = state.replaying(Key.sequence(keys))
    let theme = setup.catalog.theme(for: &state, current: setup.theme)
    let frame = render(state)
    let useColor: Bool
    switch color {
    case .always: useColor = true
    case .never: useColor = false
    case .auto:
      useColor =
        isatty(STDOUT_FILENO) != 0
        && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
    do {
      try FileHandle.standardOutput.write(
        contentsOf: Data(((useColor ? frame.ansiText(theme: theme) : frame.text) + "\n").utf8))
    } catch {
      printError("cannot write the screen to standard output: \(writeFailureReason(error))")
      throw ExitCode(1)
    }
  }

  /// The library the reader keeps articles in, or why it cannot be opened (also said on
  /// standard error): the articles are read all the same, and the file is left alone.
  private func openLibraryForReading(
    load: @escaping (String) throws -> ArticleLoader.Loaded
  ) -> (link: LibraryLink?, problem: String?) {
    do {
      let library = try Library(environment: ProcessInfo.processInfo.environment)
      let link = LibraryLink(library: library, opensStored: false, load: load)
      return (link, nil)
    } catch {
      printError("\(error); reading without the library")
      return (nil, "\(error); reading without the library")
    }
  }
}

extension TerminalReader {
  /// The terminal reader with the theme, mouse, browser and clipboard settings of `setup`.
  /// `o` opens an address with the config's `browser`, else `$BROWSER`, else the system's.
  convenience init(setup: ReaderSetup) {
    self.init(
      theme: setup.theme, catalog: setup.catalog, mouse: setup.config.mouse,
      browser: BrowserCommand(
        configured: setup.config.browser, environment: ProcessInfo.processInfo.environment),
      clipboardCommand: setup.config.clipboardCommand)
  }
}
