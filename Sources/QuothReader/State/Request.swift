/// Something the reader asks its front end to do, as a value (`ReaderState.requests`):
/// `reduce` never starts a process or touches the network.
public enum Request: Hashable, Sendable {
  /// Open this web address in the user's browser.
  case openInBrowser(String)
  /// Read the article at this index again (the background analysis fetches a page again).
  case reload(Int)
  /// Read these addresses too, as articles after those listed (a link followed, entries
  /// new in a feed read again): the background analysis adds them to its list in order.
  case read([String])
  /// Read the feeds of the list again (`r` in a feed's list): the answer is
  /// `Action.relisted`.
  case reloadList
  /// A change for the library (`ReaderLibrary.apply`).
  case library(LibraryRequest)
  /// Put this text (sanitised already) on the clipboard: `y` and `Y`.
  case copy(String)
}
