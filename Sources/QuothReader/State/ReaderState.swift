import QuothAnalysis

/// A terminal size in cells.
public struct Size: Hashable, Sendable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// Parses `120x40`.
  public init?(_ text: String) {
    let parts = text.lowercased().split(separator: "x")
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0 else {
      return nil
    }
    self.init(width: w, height: h)
  }
}

/// Everything the reader shows, as a value: `reduce` changes it, `render` draws it.
public struct ReaderState: Sendable {
  /// The article list (several articles open) or one article.
  public enum Mode: Hashable, Sendable { case list, article }
  /// What the article area shows.
  public enum View: Hashable, Sendable {
    case text, help, speakers, entities
    /// Where one entity occurs (from the entities view).
    case occurrences(canonical: String, type: EntityType)
    /// One quote in full (an index into the article's quotes): at any width.
    case quote(Int)
    /// Who is quoted across the articles the list shows.
    case listSpeakers
    /// One speaker's quotes from every article the list shows (from `V`).
    case speakerQuotes(String)
    /// The open article's links (`L`).
    case links
  }
  /// Where Up/Down and Enter go in the article.
  public enum Focus: Hashable, Sendable { case article, pane }

  /// The speaker picker (`s`).
  public struct Picker: Hashable, Sendable {
    public var query = ""
    public var selection = 0

    public init(query: String = "", selection: Int = 0) {
      self.query = query
      self.selection = selection
    }
  }

  /// A line being typed at the bottom: a search or a `:` command.
  public struct Prompt: Hashable, Sendable {
    /// A search of the article, a `:` command, or the article list's filter.
    public enum Kind: Hashable, Sendable { case search, command, filter }
    public var kind: Kind
    public var text = ""
    /// Where the article was and what was found before a search prompt opened
    /// (restored when it is cancelled).
    public var originTop = 0
    public var originSearch: Search?
    /// The list's filter before a filter prompt opened.
    public var originFilter = ""

    public init(
      kind: Kind, text: String = "", originTop: Int = 0, originSearch: Search? = nil,
      originFilter: String = ""
    ) {
      self.kind = kind
      self.text = text
      self.originTop = originTop
      self.originSearch = originSearch
      self.originFilter = originFilter
    }
  }

  /// Matches of a search (or an entity's occurrences) in the article text.
  public struct Search: Hashable, Sendable {
    public var label: String
    public var matches: [TextRange]
    public var current: Int?

    public init(label: String, matches: [TextRange], current: Int?) {
      self.label = label
      self.matches = matches
      self.current = current
    }
  }

  /// A line at the bottom that lasts until the next key.
  public struct Message: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(text: String, isError: Bool) {
      self.text = text
      self.isError = isError
    }
  }

  /// Where the reader left an article, to return there.
  public struct Place: Hashable, Sendable {
    public var offset = 0
    public var selectedQuote: Int?
    public var speakerFilter: String?
  }

  /// The articles opened, in list order: pending, analysed or failed.
  public internal(set) var articles: [ArticleEntry]
  /// The open article, ready for reading (empty while it is pending or when it failed).
  public internal(set) var document: ReaderDocument
  /// How many articles have their analysis.
  public internal(set) var progress: AnalysisProgress
  /// Warnings about articles (invalid UTF-8 replaced, …), by index: said when one opens.
  public internal(set) var notes: [Int: [String]] = [:]
  /// How far the analysis of pending articles has come (0 to 1), by index, for those
  /// that report it (a large article, section by section).
  public internal(set) var analysingFraction: [Int: Double] = [:]
  /// Where each article was left, by index.
  public internal(set) var places: [Int: Place] = [:]
  /// The library's marks of the articles it keeps, by index (empty without a library).
  public internal(set) var libraryMarks: [Int: LibraryMarks] = [:]
  /// Whether articles opened are kept in the library (`Action.libraryOpened`).
  public internal(set) var keepsInLibrary = false
  public internal(set) var mode: Mode
  public internal(set) var articleIndex = 0
  /// The selected row of the article list.
  public internal(set) var listSelection = 0
  public internal(set) var listSort: ListSort = .files
  /// Text the list's rows must contain (title, file name or site); empty: none.
  public internal(set) var listFilter = ""
  /// Only articles quoting this speaker are listed.
  public internal(set) var listSpeaker: String?
  /// The article indices the list shows, in order; nil: every article, as given.
  public internal(set) var listOrder: [Int]?
  public internal(set) var view: View = .text
  public internal(set) var picker: Picker?
  public internal(set) var prompt: Prompt?
  public internal(set) var focus: Focus = .article
  /// The first article line on screen.
  public internal(set) var top = 0
  /// The text offset the last relayout put at the top (where the article was opened or
  /// left, at any width) and the line it made `top`; it holds while `top` stays there.
  var topAnchor = TopAnchor(offset: 0, line: 0)
  /// The selected quote (an index into the article's quotes).
  public internal(set) var selectedQuote: Int?
  public internal(set) var paneTop = 0
  public internal(set) var speakerFilter: String?
  public internal(set) var search: Search?
  public internal(set) var showEntities = true
  public internal(set) var paneWanted = true
  public internal(set) var viewTop = 0
  /// The open view (the help, the speakers across the list) was opened from the article
  /// list: closing it goes back there.
  public internal(set) var viewFromList = false
  /// Enter in the speakers across the list opens the speaker's quotes (`V`) rather than
  /// the articles quoting them (`v`).
  public internal(set) var listSpeakersShowQuotes = false
  public internal(set) var viewSelection = 0
  public internal(set) var message: Message?
  /// A count typed before a command (`5` of `5j`); nil when none is.
  public internal(set) var count: Int?
  public internal(set) var size: Size
  public internal(set) var layout: ArticleLayout
  public internal(set) var keymap: Keymap
  /// Columns of the quotes pane from the config; nil: automatic.
  public internal(set) var paneWidthSetting: Int?
  public internal(set) var themeName: String
  public internal(set) var themeNames: [String]
  /// What the front end must do besides drawing (open a browser, read an article again);
  /// it answers with `Action.requestsTaken`.
  public internal(set) var requests: [Request] = []
  /// Whether articles can be read again (`r`): they are read in the background.
  public internal(set) var canReload = false
  /// Whether `r` in the list reads its feeds again (`Action.listReloadable`).
  public internal(set) var reloadsList = false
  /// Pages read from a link (`L`, Enter), by index: the index of the article whose link
  /// it is, where closing the page goes back to.
  public internal(set) var followedLinks: [Int: Int] = [:]
  /// Each article's place in the order its feeds gave last (after `r` in the list), by
  /// index; nil: the order of the indices.
  public internal(set) var givenRank: [Int]?

  /// The reader for articles analysed already.
  public init(
    documents: [ReaderDocument], size: Size, keymap: Keymap = .standard,
    themeName: String = "default", themeNames: [String] = [], paneWidth: Int? = nil
  ) {
    self.init(
      articles: documents.map(ArticleEntry.init), first: documents.first, size: size,
      keymap: keymap, themeName: themeName, themeNames: themeNames, paneWidth: paneWidth)
  }

  /// The reader for articles still to be analysed: the list shows them at once, by
  /// file name, and each fills in when its `Action.analysed` (or `.failed`) arrives.
  /// `titles`: what the list shows of each before it is read (a feed entry's title).
  public init(
    sources: [String], titles: [String?] = [], size: Size, keymap: Keymap = .standard,
    themeName: String = "default", themeNames: [String] = [], paneWidth: Int? = nil
  ) {
    self.init(
      articles: sources.enumerated().map {
        ArticleEntry(
          source: $0.element,
          listedTitle: titles.indices.contains($0.offset) ? titles[$0.offset] : nil)
      }, first: nil, size: size,
      keymap: keymap, themeName: themeName, themeNames: themeNames, paneWidth: paneWidth)
    canReload = true
  }

  private init(
    articles: [ArticleEntry], first: ReaderDocument?, size: Size, keymap: Keymap,
    themeName: String, themeNames: [String], paneWidth: Int?
  ) {
    self.articles = articles
    document = first ?? .empty
    progress = AnalysisProgress(total: articles.count)
    for entry in articles {
      switch entry.status {
      case .pending: break
      case .analysed: progress.analysed += 1
      case .failed: progress.failed += 1
      }
    }
    progress.inBackground = !progress.isComplete
    self.size = size
    self.keymap = keymap
    self.themeName = themeName
    self.themeNames = themeNames
    paneWidthSetting = paneWidth
    mode = articles.count > 1 ? .list : .article
    layout = .empty
    relayout(keepingOffset: nil)
  }

  /// The open article's entry in the list (nil when nothing is open).
  public var openEntry: ArticleEntry? {
    articles.indices.contains(articleIndex) ? articles[articleIndex] : nil
  }

  /// Where things go on the screen.
  public var geometry: Geometry { Geometry(state: self) }

  /// The quotes the pane shows and J/K visit: all, or the filtered speaker's.
  public var visibleQuotes: VisibleQuotes {
    guard let speakerFilter else { return VisibleQuotes(all: document.quotes.count) }
    return VisibleQuotes(document.quotes.positions(by: speakerFilter))
  }

  /// Re-wraps the article for the current size and pane, keeping `offset` (or the
  /// current top line's text) at the top.
  mutating func relayout(keepingOffset offset: Int?) {
    let anchor = offset ?? topOffset
    let anchorIsBlank =
      offset == nil && layout.lines.indices.contains(top) && layout.lines[top].kind == nil
    let width = geometry.textWidth
    if layout.width != width || layout.lines.isEmpty {
      layout = ArticleLayout(document: document, width: width)
    }
    top = layout.line(forPlace: anchor)
    // The blank line before a paragraph starts where the paragraph does: keep it on top.
    if anchorIsBlank && top > 0 && layout.lines[top - 1].kind == nil { top -= 1 }
    clampTop()
    topAnchor = TopAnchor(offset: anchor, line: top)
  }

  /// The text offset at the top of the article: the one the last relayout kept while the
  /// reader has not scrolled since (so a resize or the pane shown and hidden comes back
  /// to the same line, and the place kept is the one the article was opened at), else
  /// the one that stands for the top line (`ArticleLayout.placeOffset(ofLine:)`).
  var topOffset: Int {
    topAnchor.line == top ? topAnchor.offset : layout.placeOffset(ofLine: top)
  }

  /// The largest sensible top line.
  var maxTop: Int { max(0, layout.lines.count - geometry.bodyHeight) }

  mutating func clampTop() { top = max(0, min(top, maxTop)) }
}

/// A text offset a relayout put at the top of the article, and the line it is on.
struct TopAnchor: Hashable, Sendable {
  var offset: Int
  var line: Int
}

extension ReaderDocument {
  static let empty = ReaderDocument(
    Analysis(
      article: Article(source: "", format: .text, text: "", paragraphs: [], body: TextRange(0, 0)),
      entities: [], quotes: [], speakers: []))
}

/// The screen's regions for a state's size.
public struct Geometry: Hashable, Sendable {
  public var size: Size
  public var bodyTop = 1
  public var bodyHeight: Int
  public var statusRow: Int
  public var hintsRow: Int
  public var paneVisible: Bool
  /// Width of the article area (left of the pane's border).
  public var articleWidth: Int
  /// First column of the pane's text (after the border).
  public var paneLeft: Int
  public var paneWidth: Int
  public var textLeft: Int
  public var textWidth: Int

  /// The narrowest window that still shows the pane.
  public static let paneMinimumWidth = 80
  /// The longest line of article text, for comfortable reading.
  public static let maximumMeasure = 100

  init(state: ReaderState) {
    size = state.size
    bodyHeight = max(1, size.height - 3)
    statusRow = max(0, size.height - 2)
    hintsRow = max(0, size.height - 1)
    // No pane beside an article still being analysed (or unreadable): it has no quotes yet.
    let wantsPane =
      state.paneWanted && state.mode == .article && state.view == .text
      && state.openEntry?.document != nil
    paneVisible = wantsPane && size.width >= Geometry.paneMinimumWidth
    // A third of the window (28 to 44 columns), and on a wide window all the text's
    // longest line leaves, so snippets are not cut short beside empty columns.
    let automatic = max(
      min(44, max(28, size.width / 3)), size.width - 1 - Geometry.maximumMeasure - 4)
    paneWidth = paneVisible ? min(size.width / 2, state.paneWidthSetting ?? automatic) : 0
    articleWidth = paneVisible ? size.width - paneWidth - 1 : size.width
    paneLeft = articleWidth + 1
    let margin = articleWidth >= 40 ? 2 : (articleWidth >= 10 ? 1 : 0)
    textWidth = max(1, min(articleWidth - 2 * margin, Geometry.maximumMeasure))
    textLeft = margin
  }

  /// Rows the pane gives each quote.
  public static let paneEntryHeight = 2
  /// Quotes that fit in the pane below its header.
  public var paneEntries: Int { max(1, (bodyHeight - 1) / Geometry.paneEntryHeight) }
}
