import Foundation
import QuothAnalysis

/// Everything the reader needs before it starts: the config, the theme and the first
/// state, with the problems found on the way (shown to the user, never fatal).
public struct ReaderSetup: Sendable {
  public var config: ReaderConfig
  public var catalog: ThemeCatalog
  public var theme: Theme
  public var problems: [ConfigProblem]

  /// Reads the config file and picks the theme: `themeOption` (from `--theme`), else
  /// monochrome under NO_COLOR, else the config's, else default. A theme that cannot be
  /// loaded is reported and the default (or built-in monochrome) used instead.
  public init(
    themeOption: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    let loaded = ReaderConfig.load(path: ReaderConfig.path(environment: environment))
    config = loaded.config
    problems = loaded.problems
    catalog = ThemeCatalog.standard(environment: environment)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let wanted = themeOption ?? (noColor ? "monochrome" : (config.theme ?? "default"))
    do {
      theme = try catalog.load(wanted)
    } catch {
      problems.append(error)
      theme = (try? catalog.load(noColor ? "monochrome" : "default")) ?? .monochrome
    }
  }

  /// The reader's first state for these articles.
  public func state(for documents: [ReaderDocument], size: Size) -> ReaderState {
    withProblems(
      ReaderState(
        documents: documents, size: size, keymap: config.keymap,
        themeName: theme.name, themeNames: catalog.names, paneWidth: config.paneWidth))
  }

  /// The reader's first state for articles not analysed yet (`Action.analysed` brings
  /// each analysis as it is ready).
  public func state(forSources sources: [String], titles: [String?] = [], size: Size)
    -> ReaderState
  {
    withProblems(
      ReaderState(
        sources: sources, titles: titles, size: size, keymap: config.keymap, themeName: theme.name,
        themeNames: catalog.names, paneWidth: config.paneWidth))
  }

  /// The state with the first config problem on its status line.
  private func withProblems(_ state: ReaderState) -> ReaderState {
    var state = state
    if let first = problems.first {
      state.message = ReaderState.Message(
        text: first.description + (problems.count > 1 ? " (+\(problems.count - 1) more)" : ""),
        isError: true)
    }
    return state
  }
}
