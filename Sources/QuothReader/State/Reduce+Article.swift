import QuothAnalysis

// The article text and the quotes pane: scrolling, quotes, articles.
extension ReaderState {
  mutating func articleCommand(_ command: Command) -> Reaction {
    let body = geometry.bodyHeight
    if let waiting = waitingMessage(for: command) {
      say(waiting)
      return []
    }
    if focus == .pane, let reaction = paneCommand(command) { return reaction }
    switch command {
    case .lineDown: scroll(by: 1)
    case .lineUp: scroll(by: -1)
    case .pageDown: scroll(by: max(1, body - 2))
    case .pageUp: scroll(by: -max(1, body - 2))
    case .halfPageDown: scroll(by: max(1, body / 2))
    case .halfPageUp: scroll(by: -max(1, body / 2))
    case .top: top = 0
    case .bottom: top = maxTop
    case .nextQuote: stepQuote(forward: true)
    case .previousQuote: stepQuote(forward: false)
    case .toggleFocus:
      if geometry.paneVisible {
        focus = focus == .pane ? .article : .pane
        if focus == .pane && selectedQuote == nil { selectedQuote = visibleQuotes.first }
        keepSelectionInPane()
      } else {
        say("the quotes pane is hidden (\(keyLabel(.togglePane)) shows it)")
      }
    case .open, .quoteDetail: openQuoteDetail()
    case .pickSpeaker:
      if document.speakers.isEmpty {
        say("no speakers in this article")
      } else {
        picker = Picker()
      }
    case .clearFilter:
      if speakerFilter == nil {
        say("no speaker filter")
      } else {
        speakerFilter = nil
        say("showing every quote")
      }
    case .search: prompt = Prompt(kind: .search, originTop: top, originSearch: search)
    case .nextMatch: stepMatch(forward: true)
    case .previousMatch: stepMatch(forward: false)
    case .toggleEntities:
      showEntities.toggle()
      say(showEntities ? "entities highlighted" : "entity highlighting off")
    case .togglePane:
      paneWanted.toggle()
      if !paneWanted { focus = .article }
      relayout(keepingOffset: nil)
      keepSelectionInPane()
      if paneWanted && !geometry.paneVisible {
        say("the window is too narrow for the quotes pane (\(Geometry.paneMinimumWidth) columns)")
      }
    case .speakersView: openView(.speakers)
    case .speakersAcross: openListSpeakers(showingQuotes: true)
    case .entitiesView: openView(.entities)
    case .links: openView(.links)
    case .nextArticle: stepArticle(by: 1)
    case .previousArticle: stepArticle(by: -1)
    case .toggleUnread, .toggleStar: toggleMark(command)
    case .copyQuote, .copySource: copy(command)
    case .cancel:
      if search != nil {
        search = nil
      } else if focus == .pane {
        focus = .article
      }
    case .close:
      if let origin = followedLinks[articleIndex], articles.indices.contains(origin) {
        openArticle(origin)
        return []
      }
      // Pages read from links do not make a list of one article.
      guard articles.count - followedLinks.count > 1 else { return .quit }
      rememberPlace()
      mode = .list
      listSelection = row(of: articleIndex) ?? listSelection
    default: break
    }
    return []
  }

  /// Commands that act on the pane when it has the focus; nil: the article handles it.
  mutating func paneCommand(_ command: Command) -> Reaction? {
    let quotes = visibleQuotes
    guard !quotes.isEmpty else { return nil }
    let position = selectedQuote.flatMap { quotes.firstIndex(of: $0) }
    func select(_ index: Int) {
      selectedQuote = quotes[max(0, min(quotes.count - 1, index))]
      keepSelectionInPane()
    }
    switch command {
    case .lineDown: select((position ?? -1) + 1)
    case .lineUp: select((position ?? 1) - 1)
    case .pageDown: select((position ?? 0) + geometry.paneEntries)
    case .pageUp: select((position ?? 0) - geometry.paneEntries)
    case .halfPageDown: select((position ?? 0) + geometry.paneEntries / 2)
    case .halfPageUp: select((position ?? 0) - geometry.paneEntries / 2)
    case .top: select(0)
    case .bottom: select(quotes.count - 1)
    case .open:
      if let selectedQuote { showQuote(selectedQuote) }
    default: return nil
    }
    return []
  }

  /// Opens the detail view of the selected quote, or of the first quote on screen.
  mutating func openQuoteDetail() {
    let quotes = visibleQuotes
    if selectedQuote == nil {
      let start = layout.lines.indices.contains(top) ? layout.lines[top].start : 0
      let bottom = min(layout.lines.count, top + geometry.bodyHeight)
      let end = bottom > 0 ? layout.lines[bottom - 1].end : 0
      selectedQuote = quotes.first {
        let extent = document.quotes.extent(at: $0)
        return extent.start >= start && extent.start < end
      }
    }
    guard let selectedQuote else {
      say("no quote on screen (\(keyLabel(.nextQuote)) selects the next)")
      return
    }
    keepSelectionInPane()
    openView(.quote(selectedQuote))
  }

  mutating func scroll(by lines: Int) {
    top += lines
    clampTop()
  }

  /// Selects the next or previous quote (of those shown) and scrolls it into view.
  mutating func stepQuote(forward: Bool) {
    let quotes = visibleQuotes
    let all = document.quotes
    guard !quotes.isEmpty else {
      say(speakerFilter == nil ? "no quotes in this article" : "no quotes by \(speakerFilter!)")
      return
    }
    var target: Int?
    if let selectedQuote, let position = quotes.firstIndex(of: selectedQuote) {
      let next = position + (forward ? 1 : -1)
      if quotes.indices.contains(next) { target = quotes[next] }
    } else {
      let topOffset = layout.lines.indices.contains(top) ? layout.lines[top].start : 0
      target =
        forward
        ? quotes.first { all.extent(at: $0).start >= topOffset }
        : quotes.last { all.extent(at: $0).start < topOffset }
      if target == nil { target = forward ? nil : quotes.first }
    }
    guard let target else {
      say(forward ? "no more quotes below" : "no more quotes above")
      return
    }
    selectedQuote = target
    showQuote(target)
  }

  /// Scrolls the article so the quote is in view and the pane so its entry is.
  mutating func showQuote(_ index: Int) {
    reveal(document.quotes.extent(at: index))
    keepSelectionInPane()
  }

  /// Scrolls so that `range` is on screen, a third of the way down when it was not.
  mutating func reveal(_ range: TextRange) {
    let first = layout.lineIndex(containing: range.start)
    let last = layout.lineIndex(containing: max(range.start, range.end - 1))
    let body = geometry.bodyHeight
    if first < top || last >= top + body {
      top =
        last - first + 1 >= body ? first : first - max(0, min(body / 3, body - (last - first) - 1))
      clampTop()
    }
  }

  mutating func keepSelectionInPane() {
    let quotes = visibleQuotes
    guard let selectedQuote, let position = quotes.firstIndex(of: selectedQuote) else {
      if let selectedQuote, !quotes.contains(selectedQuote) { self.selectedQuote = nil }
      paneTop = max(0, min(paneTop, quotes.count - 1))
      return
    }
    let visible = geometry.paneEntries
    if position < paneTop { paneTop = position }
    if position >= paneTop + visible { paneTop = position - visible + 1 }
    paneTop = max(0, min(paneTop, max(0, quotes.count - visible)))
  }

  /// Filters the quotes by `name` and selects the first of them.
  mutating func setFilter(_ name: String) {
    speakerFilter = name
    let quotes = visibleQuotes
    selectedQuote = quotes.first
    paneTop = 0
    if let first = quotes.first { showQuote(first) }
    say("quotes by \(name): \(quotes.count)")
  }

  mutating func stepArticle(by delta: Int) {
    guard articles.count > 1 else {
      say("only one article is open")
      return
    }
    // In the list's order, among the articles it shows.
    guard let row = row(of: articleIndex), let next = article(atRow: row + delta) else {
      say(delta > 0 ? "this is the last article" : "this is the first article")
      return
    }
    openArticle(next)
  }

  /// Notes where the open article was left.
  mutating func rememberPlace() {
    guard articles.indices.contains(articleIndex), openEntry?.document != nil else { return }
    let offset = topOffset
    places[articleIndex] = Place(
      offset: offset, selectedQuote: selectedQuote, speakerFilter: speakerFilter)
    notePosition(articleIndex, offset: offset)
  }

  /// Opens an article where the reader left it (its top the first time), with the
  /// quote selection and speaker filter it had.
  mutating func openArticle(_ index: Int) {
    if mode == .article { rememberPlace() }
    let place = places[index] ?? Place()
    articleIndex = index
    listSelection = row(of: index) ?? listSelection
    mode = .article
    view = .text
    focus = .article
    selectedQuote = place.selectedQuote
    speakerFilter = place.speakerFilter
    search = nil
    paneTop = 0
    document = openEntry?.document ?? .empty
    layout = .empty
    top = 0
    relayout(keepingOffset: place.offset)
    keepSelectionInPane()
    if openEntry?.document != nil { markOpened(index) }
    if let notes = notes[index] { say(notes.joined(separator: "; "), isError: true) }
  }
}
