import QuothAnalysis

// The help, speakers, entities and occurrences views.
extension ReaderState {
  /// The help, over the article or the list (closing it goes back to the list).
  mutating func openHelp() {
    if mode == .list {
      mode = .article
      viewFromList = true
    }
    view = .help
    viewTop = 0
    viewSelection = 0
    relayout(keepingOffset: nil)
  }

  mutating func openView(_ newView: View) {
    viewFromList = false
    view = newView
    viewTop = 0
    focus = .article
    let items = viewItems
    viewSelection = items.firstIndex { $0 != nil } ?? 0
  }

  /// The speakers across the articles the list shows, over the list; with
  /// `showingQuotes` (`V`), Enter lists the speaker's quotes rather than their articles.
  mutating func openListSpeakers(showingQuotes: Bool = false) {
    if mode == .article && view == .text { rememberPlace() }
    listSpeakersShowQuotes = showingQuotes
    mode = .article
    viewFromList = true
    view = .listSpeakers
    viewTop = 0
    viewSelection = viewItems.firstIndex { $0 != nil } ?? 0
  }

  mutating func viewCommand(_ command: Command) -> Reaction {
    let body = geometry.bodyHeight
    if case .quote(let index) = view, let reaction = quoteDetailCommand(command, index) {
      return reaction
    }
    switch command {
    case .lineDown: moveViewSelection(by: 1)
    case .lineUp: moveViewSelection(by: -1)
    case .pageDown, .halfPageDown:
      moveViewSelection(by: max(1, command == .pageDown ? body - 2 : body / 2))
    case .pageUp, .halfPageUp:
      moveViewSelection(by: -max(1, command == .pageUp ? body - 2 : body / 2))
    case .top: moveViewSelection(by: -Int.max / 2)
    case .bottom: moveViewSelection(by: Int.max / 2)
    case .open: openViewItem()
    case .speakersAcross:
      if view == .listSpeakers {
        closeView()
      } else {
        openListSpeakers(showingQuotes: true)
      }
    case .speakersView:
      if view == .listSpeakers {
        closeView()
      } else {
        openView(view == .speakers ? .text : .speakers)
      }
    case .entitiesView: openView(view == .entities ? .text : .entities)
    case .links: openView(view == .links ? .text : .links)
    case .close, .cancel:
      if case .occurrences = view {
        search = nil
        openView(.entities)
      } else if case .speakerQuotes = view {
        openListSpeakers(showingQuotes: true)
      } else {
        closeView()
      }
    case .nextArticle, .previousArticle:
      closeView()
      return mode == .list ? listCommand(command) : articleCommand(command)
    default: break
    }
    return []
  }

  /// The quote detail view's own commands: the next and previous quote, Enter to the
  /// quote in the article; nil: the view's usual handling.
  mutating func quoteDetailCommand(_ command: Command, _ index: Int) -> Reaction? {
    switch command {
    case .nextQuote, .previousQuote:
      let quotes = visibleQuotes
      let position = quotes.firstIndex(of: index) ?? 0
      let next = position + (command == .nextQuote ? 1 : -1)
      guard quotes.indices.contains(next) else {
        say(command == .nextQuote ? "this is the last quote" : "this is the first quote")
        return []
      }
      selectedQuote = quotes[next]
      openView(.quote(quotes[next]))
    case .copyQuote, .copySource:
      selectedQuote = index
      mode = .article
      copy(command)
    case .open:
      closeView()
      showQuote(index)
    case .quoteDetail, .close, .cancel:
      closeView()
      keepSelectionInPane()
    default: return nil
    }
    return []
  }

  mutating func closeView() {
    view = .text
    if viewFromList {
      viewFromList = false
      mode = .list
    }
    relayout(keepingOffset: nil)
  }

  /// Moves the selection in a view (the help view just scrolls).
  mutating func moveViewSelection(by delta: Int) {
    let items = viewItems
    let body = geometry.bodyHeight
    let selectable = items.indices.filter { items[$0] != nil }
    if selectable.isEmpty {
      viewTop = max(0, min(viewTop.addingReportingOverflow(delta).partialValue, items.count - body))
      return
    }
    let position = selectable.firstIndex(of: viewSelection) ?? 0
    let next = max(
      0, min(selectable.count - 1, position.addingReportingOverflow(delta).partialValue))
    viewSelection = selectable[next]
    if viewSelection < viewTop + 1 { viewTop = max(0, viewSelection - 1) }
    if viewSelection >= viewTop + body { viewTop = viewSelection - body + 1 }
  }

  mutating func openViewItem() {
    let items = viewItems
    guard items.indices.contains(viewSelection), let item = items[viewSelection] else { return }
    switch item {
    case .speaker(let name) where view == .listSpeakers && listSpeakersShowQuotes:
      view = .speakerQuotes(name)
      viewTop = 0
      viewSelection = viewItems.firstIndex { $0 != nil } ?? 0
    case .speaker(let name) where view == .listSpeakers:
      closeView()
      setListSpeaker(name)
    case .quoteIn(let index, let quote):
      viewFromList = false
      view = .text
      openArticle(index)
      speakerFilter = nil
      selectedQuote = quote
      showQuote(quote)
    case .speaker(let name):
      setFilter(name)
      closeView()
    case .entity(let canonical, let type):
      let occurrences = document.entities.ranges(of: canonical, type: type)
      search = Search(label: canonical, matches: occurrences, current: nil)
      openView(.occurrences(canonical: canonical, type: type))
    case .occurrence(let index):
      closeView()
      guard var search, search.matches.indices.contains(index) else { return }
      search.current = index
      self.search = search
      reveal(search.matches[index])
      say(
        "\(search.label): mention \(index + 1) of \(search.matches.count) (\(keyLabel(.nextMatch)) / \(keyLabel(.previousMatch)) step)"
      )
    case .article(let index):
      openArticle(index)
    case .link(let index):
      followLink(index)
    }
  }
}
