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
  case quoteDetail = "quote-detail"
  case copyQuote = "copy-quote"
  case copySource = "copy-source"
  case pickSpeaker = "pick-speaker"
  case clearFilter = "clear-filter"
  case search
  case nextMatch = "next-match"
  case previousMatch = "previous-match"
  case toggleEntities = "toggle-entities"
  case togglePane = "toggle-pane"
  case speakersView = "speakers-view"
  case speakersAcross = "speakers-across"
  case entitiesView = "entities-view"
  case sortList = "sort-list"
  case openInBrowser = "open-in-browser"
  case reload
  case links
  case nextArticle = "next-article"
  case previousArticle = "previous-article"
  case toggleUnread = "toggle-unread"
  case toggleStar = "toggle-star"
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

  /// A command's row in the table: where the help lists it, its line of help and the
  /// keys bound to it by default.
  public struct Info: Sendable {
    public var group: Group
    public var help: String
    public var defaultKeys: [Key]
    /// Where the default keys are bound: everywhere, or only there (`u` is half a page
    /// up but in the list, where it marks an article unread).
    public var context: KeyContext

    init(_ group: Group, _ help: String, _ defaultKeys: [Key], in context: KeyContext = .global) {
      self.group = group
      self.help = help
      self.defaultKeys = defaultKeys
      self.context = context
    }
  }

  /// The table: one row per command.
  public var info: Info {
    switch self {
    case .lineDown:
      Info(
        .moving, "line down (in the pane or a list: next item)",
        [.char("j"), .down, .ctrl("n"), .ctrl("e")])
    case .lineUp:
      Info(
        .moving, "line up (in the pane or a list: previous item)",
        [.char("k"), .up, .ctrl("p"), .ctrl("y")])
    case .pageDown: Info(.moving, "page down", [.char(" "), .char("f"), .ctrl("f"), .pageDown])
    case .pageUp: Info(.moving, "page up", [.char("b"), .ctrl("b"), .pageUp])
    case .halfPageDown: Info(.moving, "half a page down", [.char("d"), .ctrl("d")])
    case .halfPageUp: Info(.moving, "half a page up", [.char("u"), .ctrl("u")])
    case .top: Info(.moving, "top", [.char("g"), .home])
    case .bottom: Info(.moving, "bottom", [.char("G"), .end])
    case .nextQuote: Info(.quotes, "next quote (the pane follows)", [.char("J"), .char("]")])
    case .previousQuote: Info(.quotes, "previous quote", [.char("K"), .char("[")])
    case .toggleFocus: Info(.quotes, "focus the article or the quotes pane", [.tab])
    case .open:
      Info(
        .quotes, "the selected quote in full (in the pane: jump to it); open the selected item",
        [.enter])
    case .quoteDetail:
      Info(.quotes, "the selected quote in full: speaker, cue, where it is", [.char("i")])
    case .copyQuote:
      Info(
        .quotes, "copy the selected quote: “…” — speaker, title (source) (OSC 52)", [.char("y")])
    case .copySource: Info(.quotes, "copy the article's address or file", [.char("Y")])
    case .pickSpeaker:
      Info(
        .quotes, "filter the quotes by speaker (in the list: articles quoting…)", [.char("s")])
    case .clearFilter: Info(.quotes, "clear the speaker filter (or the list's)", [.char("S")])
    case .search:
      Info(.searching, "search the article (in the list: filter it)", [.char("/"), .ctrl("s")])
    case .nextMatch: Info(.searching, "next match", [.char("n")])
    case .previousMatch: Info(.searching, "previous match", [.char("N")])
    case .toggleEntities: Info(.views, "entity highlighting on or off", [.char("e")])
    case .togglePane: Info(.views, "quotes pane on or off", [.char("p")])
    case .speakersView: Info(.views, "speakers: who is quoted how much", [.char("v")])
    case .speakersAcross:
      Info(
        .views,
        "speakers across the list (the library): Enter lists their quotes from every article",
        [.char("V")])
    case .entitiesView: Info(.views, "entities by type, with counts", [.char("E")])
    case .sortList:
      Info(.articles, "sort the article list: file, title, date, site, quotes", [.char("O")])
    case .openInBrowser:
      Info(
        .articles, "open the article's web address in the browser (config: browser)", [.char("o")])
    case .reload:
      Info(
        .articles, "read the article again (a page is fetched again; in a feed's list: the feed)",
        [.char("r")])
    case .links:
      Info(
        .articles, "the article's links: Enter reads the page in quoth, o opens it in the browser",
        [.char("L")])
    case .nextArticle: Info(.articles, "next article", [.char(">")])
    case .previousArticle: Info(.articles, "previous article", [.char("<")])
    case .toggleUnread:
      Info(
        .articles, "in the list: mark the article read or unread (library)", [.char("u")], in: .list
      )
    case .toggleStar:
      Info(.articles, "star the article or take its star away (library)", [.char("*")])
    case .close: Info(.articles, "close the view (article, list, quit)", [.char("q")])
    case .quitNow: Info(.program, "quit now", [.char("Q"), .ctrl("c"), .ctrl("q")])
    case .help: Info(.views, "this help", [.char("?"), .char("h"), .function(1)])
    case .prompt: Info(.program, "command prompt (:theme NAME, :speaker NAME, :q)", [.char(":")])
    case .redraw: Info(.program, "redraw the screen", [.ctrl("l")])
    case .cancel: Info(.program, "cancel the prompt, picker or view", [.escape])
    case .deleteBackward:
      Info(.program, "delete the character before the cursor (prompts)", [.backspace, .ctrl("h")])
    case .suspend: Info(.program, "suspend quoth (fg resumes)", [.ctrl("z")])
    }
  }

  /// Where the help screen lists the command.
  public var group: Group { info.group }
  /// One line of help.
  public var help: String { info.help }
  /// The keys bound by default.
  public var defaultKeys: [Key] { info.defaultKeys }
  /// Where the default keys are bound.
  public var defaultContext: KeyContext { info.context }
}
