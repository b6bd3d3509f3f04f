/// Every command the reader knows: the one table that the keymaps, the config file,
/// the help screen and the README read (as tig does).
public enum Command: String, CaseIterable, Sendable {
  case lineDown = "line-down"
  case lineUp = "line-up"
  case pageDown = "page-down"
  case pageUp = "page-up"
  case halfPageDown = "half-page-down"
  case halfPageUp = "half-page-up"
  case top
  case bottom
  case nextQuote = "next-quote"
  case previousQuote = "previous-quote"
  case toggleFocus = "toggle-focus"
  case open
  case pickSpeaker = "pick-speaker"
  case clearFilter = "clear-filter"
  case search
  case nextMatch = "next-match"
  case previousMatch = "previous-match"
  case toggleEntities = "toggle-entities"
  case togglePane = "toggle-pane"
  case speakersView = "speakers-view"
  case entitiesView = "entities-view"
  case nextArticle = "next-article"
  case previousArticle = "previous-article"
  case close
  case quitNow = "quit-now"
  case help
  case prompt
  case redraw
  case cancel
  case deleteBackward = "delete-backward"
  case suspend

  /// The stable name used in the config file (`[keys] next-quote = ["J", "]"]`).
  public var name: String { rawValue }

  /// Where the help screen lists the command.
  public enum Group: String, CaseIterable, Sendable {
    case moving = "Moving"
    case quotes = "Quotes and speakers"
    case searching = "Searching"
    case views = "Views"
    case articles = "Articles"
    case program = "quoth"
  }

  public var group: Group {
    switch self {
    case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
      .moving
    case .nextQuote, .previousQuote, .toggleFocus, .open, .pickSpeaker, .clearFilter: .quotes
    case .search, .nextMatch, .previousMatch: .searching
    case .toggleEntities, .togglePane, .speakersView, .entitiesView, .help: .views
    case .nextArticle, .previousArticle, .close: .articles
    case .quitNow, .prompt, .redraw, .cancel, .deleteBackward, .suspend: .program
    }
  }

  /// One line of help.
  public var help: String {
    switch self {
    case .lineDown: "line down (in the pane or a list: next item)"
    case .lineUp: "line up (in the pane or a list: previous item)"
    case .pageDown: "page down"
    case .pageUp: "page up"
    case .halfPageDown: "half a page down"
    case .halfPageUp: "half a page up"
    case .top: "top"
    case .bottom: "bottom"
    case .nextQuote: "next quote (the pane follows)"
    case .previousQuote: "previous quote"
    case .toggleFocus: "focus the article or the quotes pane"
    case .open: "jump to the selected quote; open the selected item"
    case .pickSpeaker: "filter the quotes by speaker (a picker with counts)"
    case .clearFilter: "clear the speaker filter"
    case .search: "search the article"
    case .nextMatch: "next match"
    case .previousMatch: "previous match"
    case .toggleEntities: "entity highlighting on or off"
    case .togglePane: "quotes pane on or off"
    case .speakersView: "speakers: who is quoted how much"
    case .entitiesView: "entities by type, with counts"
    case .nextArticle: "next article"
    case .previousArticle: "previous article"
    case .close: "close the view (article, list, quit)"
    case .quitNow: "quit now"
    case .help: "this help"
    case .prompt: "command prompt (:theme NAME, :speaker NAME, :q)"
    case .redraw: "redraw the screen"
    case .cancel: "cancel the prompt, picker or view"
    case .deleteBackward: "delete the character before the cursor (prompts)"
    case .suspend: "suspend quoth (fg resumes)"
    }
  }

  /// The keys bound by default.
  public var defaultKeys: [Key] {
    switch self {
    case .lineDown: [.char("j"), .down, .ctrl("n"), .ctrl("e")]
    case .lineUp: [.char("k"), .up, .ctrl("p"), .ctrl("y")]
    case .pageDown: [.char(" "), .char("f"), .ctrl("f"), .pageDown]
    case .pageUp: [.char("b"), .ctrl("b"), .pageUp]
    case .halfPageDown: [.char("d"), .ctrl("d")]
    case .halfPageUp: [.char("u"), .ctrl("u")]
    case .top: [.char("g"), .home]
    case .bottom: [.char("G"), .end]
    case .nextQuote: [.char("J"), .char("]")]
    case .previousQuote: [.char("K"), .char("[")]
    case .toggleFocus: [.tab]
    case .open: [.enter]
    case .pickSpeaker: [.char("s")]
    case .clearFilter: [.char("S")]
    case .search: [.char("/")]
    case .nextMatch: [.char("n")]
    case .previousMatch: [.char("N")]
    case .toggleEntities: [.char("e")]
    case .togglePane: [.char("p")]
    case .speakersView: [.char("v")]
    case .entitiesView: [.char("E")]
    case .nextArticle: [.char(">")]
    case .previousArticle: [.char("<")]
    case .close: [.char("q")]
    case .quitNow: [.char("Q"), .ctrl("c")]
    case .help: [.char("?"), .function(1)]
    case .prompt: [.char(":")]
    case .redraw: [.ctrl("l")]
    case .cancel: [.escape]
    case .deleteBackward: [.backspace, .ctrl("h")]
    case .suspend: [.ctrl("z")]
    }
  }
}
