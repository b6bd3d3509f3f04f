extension ThemeCatalog {
  /// The theme to draw `state` with after a `.themeChanged` reaction: the one it names,
  /// or, when that cannot be loaded, `current`, with the reason reduced into the state.
  /// The terminal and `--screen` both switch themes through here.
  public func theme(for state: inout ReaderState, current: Theme) -> Theme {
    guard state.themeName != current.name else { return current }
    do {
      return try load(state.themeName)
    } catch {
      _ = reduce(&state, .themeFailed(reason: error.description, inUse: current.name))
      return current
    }
  }
}
