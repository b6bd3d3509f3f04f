/// Something that changes the reader: a command, typed text, a resize or the mouse.
public enum Action: Hashable, Sendable {
  case command(Command)
  /// A character typed into the prompt or the picker.
  case insert(Character)
  /// A digit of a count typed before a command (`5j`, `10G`), as in less.
  case countDigit(Int)
  case resize(Size)
  /// A mouse click at a screen position.
  case click(row: Int, column: Int)
  /// The mouse wheel: positive scrolls down.
  case scroll(Int)
  /// The analysis of the article at this index in the list arrived (from the
  /// background: the article list opens before its articles are analysed).
  case analysed(Int, ReaderDocument)
  /// The article at this index could not be read: the reason is the error message.
  case failed(Int, reason: String)
  /// How much of the article at this index has been analysed (0 to 1): the progress
  /// line of a large article opened before its analysis is ready.
  case analysing(Int, Double)
  /// A warning about the article at this index (its invalid UTF-8 was replaced, …),
  /// shown on the status line when it opens.
  case noted(Int, String)
  /// The front end has carried out the state's `requests`.
  case requestsTaken
  /// A request could not be carried out (the browser did not start): the reason is shown.
  case requestFailed(reason: String)
  /// The library's marks of the article at this index (it keeps the article): where it
  /// was left, read or not, starred.
  case marked(Int, LibraryMarks)
  /// The library is open: the articles opened from now on are kept in it.
  case libraryOpened
  /// The library could not be opened (the articles are read without it): the reason is
  /// shown.
  case libraryFailed(reason: String)
  /// The reader is closing: where the open article was left goes to the library.
  case closing
  /// The list comes from feeds: `r` in it reads them again (`Request.reloadList`).
  case listReloadable
  /// The feeds of the list read again: every article they list, in their order.
  case relisted([ListedArticle])
  /// The theme the state asked for could not be loaded: `inUse` stays, and the reason
  /// is shown.
  case themeFailed(reason: String, inUse: String)
}

extension Action {
  /// Whether the action is an article's result (analysed or failed).
  var isResult: Bool {
    switch self {
    case .analysed, .failed: true
    default: false
    }
  }
}

/// What must happen after an action, besides drawing the new state (as in htop).
public struct Reaction: OptionSet, Hashable, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// Leave the reader.
  public static let quit = Reaction(rawValue: 1)
  /// Clear the terminal and draw everything again.
  public static let redrawAll = Reaction(rawValue: 2)
  /// `themeName` changed: load it and redraw.
  public static let themeChanged = Reaction(rawValue: 4)
  /// Suspend the program (Ctrl-Z).
  public static let suspend = Reaction(rawValue: 8)
}

extension ReaderState {
  /// The key context for the state: where a key is looked up first.
  public var keyContext: KeyContext {
    if prompt != nil { return .prompt }
    if picker != nil { return .picker }
    if mode == .list { return .list }
    if view != .text { return .view }
    return focus == .pane ? .pane : .article
  }

  /// What a key does in this state: a bound command, or text typed into a prompt.
  public func action(for key: Key) -> Action? {
    let context = keyContext
    if context == .prompt || context == .picker, let c = key.insertedText {
      return .insert(c)
    }
    if let command = keymap.command(for: key, in: context) { return .command(command) }
    // Digits no key binding takes make a count.
    if case .char(let c) = key, let digit = c.wholeNumberValue, c.isASCII {
      return .countDigit(digit)
    }
    return nil
  }
}
