/// Something the reader asks its front end to do, as a value (`ReaderState.requests`):
/// `reduce` never starts a process or touches the network.
public enum Request: Hashable, Sendable {
  /// Open this web address in the user's browser.
  case openInBrowser(String)
  /// Read the article at this index again (the background analysis fetches a page again).
  case reload(Int)
  /// A change for the library (`ReaderLibrary.apply`).
  case library(LibraryRequest)
  /// Put this text (sanitised already) on the clipboard: `y` and `Y`.
  case copy(String)
}
