import QuothAnalysis

/// The reader's update function: the new state and what must happen next. Pure: no
/// terminal, no files; every keystroke can be tested on a value.
public func reduce(_ state: ReaderState, _ action: Action) -> (ReaderState, Reaction) {
  var next = state
  let reaction = next.apply(action)
  return (next, reaction)
}

/// `reduce` in place: the same change without copying the state, for a loop that keeps
/// one state (a list of thousands of articles is not copied for every result).
public func reduce(_ state: inout ReaderState, _ action: Action) -> Reaction {
  state.apply(action)
}

/// `reduce` for a command.
public func reduce(_ state: ReaderState, _ command: Command) -> (ReaderState, Reaction) {
  reduce(state, .command(command))
}

extension ReaderState {
  /// Runs a key sequence through the keymap and `reduce`; stops at quit.
  public func replaying(_ keys: [Key]) -> (ReaderState, Reaction) {
    var state = self
    var all: Reaction = []
    for key in keys {
      guard let action = state.action(for: key) else { continue }
      let reaction: Reaction
      (state, reaction) = reduce(state, action)
      all.formUnion(reaction)
      if reaction.contains(.quit) { break }
    }
    return (state, all)
  }

  mutating func apply(_ action: Action) -> Reaction {
    switch action {
    case .analysed(let index, let document):
      receive(index, .analysed(document, ArticleSummary(document)), document: document)
      return []
    case .failed(let index, let reason):
      receive(index, .failed(reason: reason), document: nil)
      return []
    default:
      // A message lasts until the next thing the user does; results arriving keep it.
      message = nil
    }
    switch action {
    case .analysed, .failed:
      return []
    case .resize(let newSize):
      size = Size(width: max(1, newSize.width), height: max(1, newSize.height))
      relayout(keepingOffset: nil)
      keepSelectionInPane()
      return []
    case .insert(let c):
      if prompt != nil {
        prompt!.text.append(c)
        previewSearch()
      } else if picker != nil {
        picker!.query.append(c)
        picker!.selection = 0
      }
      return []
    case .click(let row, let column):
      return click(row: row, column: column)
    case .scroll(let lines):
      if mode == .list {
        moveListSelection(by: lines)
      } else if view != .text {
        moveViewSelection(by: lines)
      } else {
        scroll(by: lines)
      }
      return []
    case .command(let command):
      if prompt != nil { return promptCommand(command) }
      if picker != nil { return pickerCommand(command) }
      if let reaction = programCommand(command) { return reaction }
      switch mode {
      case .list: return listCommand(command)
      case .article:
        return view == .text ? articleCommand(command) : viewCommand(command)
      }
    }
  }

  // MARK: Commands that work everywhere

  private mutating func programCommand(_ command: Command) -> Reaction? {
    switch command {
    case .quitNow: return .quit
    case .redraw: return .redrawAll
    case .suspend: return .suspend
    case .prompt:
      prompt = Prompt(kind: .command)
      return []
    case .help:
      if view == .help { closeView() } else { openHelp() }
      return []
    default: return nil
    }
  }

  // MARK: The article text

  private mutating func articleCommand(_ command: Command) -> Reaction {
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
    case .open:
      if let selectedQuote {
        showQuote(selectedQuote)
      } else {
        say("no quote selected (\(keyLabel(.nextQuote)) selects the next)")
      }
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
    case .entitiesView: openView(.entities)
    case .nextArticle: stepArticle(by: 1)
    case .previousArticle: stepArticle(by: -1)
    case .cancel:
      if search != nil {
        search = nil
      } else if focus == .pane {
        focus = .article
      }
    case .close:
      guard articles.count > 1 else { return .quit }
      rememberPlace()
      mode = .list
      listSelection = articleIndex
    default: break
    }
    return []
  }

  /// Commands that act on the pane when it has the focus; nil: the article handles it.
  private mutating func paneCommand(_ command: Command) -> Reaction? {
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

  mutating func stepMatch(forward: Bool) {
    guard var search, !search.matches.isEmpty else {
      say("no search (\(keyLabel(.search)) searches)")
      return
    }
    let count = search.matches.count
    if let current = search.current {
      let next = current + (forward ? 1 : -1)
      if next >= count || next < 0 {
        say(forward ? "search wrapped to the top" : "search wrapped to the bottom")
      }
      search.current = (next + count) % count
    } else {
      search.current = 0
    }
    self.search = search
    reveal(search.matches[search.current!])
  }

  /// While a search is typed: every match of the text so far highlighted, the first
  /// from where the search started in view.
  mutating func previewSearch() {
    guard let prompt, prompt.kind == .search else { return }
    top = prompt.originTop
    let needle = Array(prompt.text.lowercased().unicodeScalars)
    let matches = needle.isEmpty ? [] : TextSearch.find(needle, in: document.text)
    guard !matches.isEmpty else {
      search = nil
      return
    }
    let topOffset = layout.lines.indices.contains(top) ? layout.lines[top].start : 0
    let first = matches.firstIndex { $0.start >= topOffset } ?? 0
    search = Search(label: prompt.text, matches: matches, current: first)
    reveal(matches[first])
  }

  /// Runs a search for `query` (case-insensitive) and shows the first match from the top line on.
  mutating func runSearch(_ query: String) {
    let needle = Array(query.lowercased().unicodeScalars)
    guard !needle.isEmpty else {
      search = nil
      return
    }
    let matches = TextSearch.find(needle, in: document.text)
    guard !matches.isEmpty else {
      search = nil
      say("no match for “\(query)”", isError: true)
      return
    }
    let topOffset = layout.lines.indices.contains(top) ? layout.lines[top].start : 0
    let first = matches.firstIndex { $0.start >= topOffset } ?? 0
    search = Search(label: query, matches: matches, current: first)
    reveal(matches[first])
  }

  private mutating func stepArticle(by delta: Int) {
    guard articles.count > 1 else {
      say("only one article is open")
      return
    }
    let next = articleIndex + delta
    guard articles.indices.contains(next) else {
      say(delta > 0 ? "this is the last article" : "this is the first article")
      return
    }
    openArticle(next)
  }

  /// Notes where the open article was left.
  mutating func rememberPlace() {
    guard articles.indices.contains(articleIndex), openEntry?.document != nil else { return }
    let offset = layout.lines.indices.contains(top) ? layout.lines[top].start : 0
    places[articleIndex] = Place(
      offset: offset, selectedQuote: selectedQuote, speakerFilter: speakerFilter)
  }

  /// Opens an article where the reader left it (its top the first time), with the
  /// quote selection and speaker filter it had.
  mutating func openArticle(_ index: Int) {
    if mode == .article { rememberPlace() }
    let place = places[index] ?? Place()
    articleIndex = index
    listSelection = index
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
  }

  /// The help, over the article or the list (closing it goes back to the list).
  private mutating func openHelp() {
    if mode == .list {
      mode = .article
      helpFromList = true
    }
    view = .help
    viewTop = 0
    viewSelection = 0
    relayout(keepingOffset: nil)
  }

  private mutating func openView(_ newView: View) {
    helpFromList = false
    view = newView
    viewTop = 0
    focus = .article
    let rows = ViewContent.rows(for: self)
    viewSelection = rows.firstIndex { $0.item != nil } ?? 0
  }

  // MARK: The speakers, entities and help views

  private mutating func viewCommand(_ command: Command) -> Reaction {
    let body = geometry.bodyHeight
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
    case .speakersView: openView(view == .speakers ? .text : .speakers)
    case .entitiesView: openView(view == .entities ? .text : .entities)
    case .close, .cancel:
      if case .occurrences = view {
        search = nil
        openView(.entities)
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

  private mutating func closeView() {
    view = .text
    if helpFromList {
      helpFromList = false
      mode = .list
    }
    relayout(keepingOffset: nil)
  }

  /// Moves the selection in a view (the help view just scrolls).
  mutating func moveViewSelection(by delta: Int) {
    let rows = ViewContent.rows(for: self)
    let body = geometry.bodyHeight
    let selectable = rows.indices.filter { rows[$0].item != nil }
    if selectable.isEmpty {
      viewTop = max(0, min(viewTop.addingReportingOverflow(delta).partialValue, rows.count - body))
      return
    }
    let position = selectable.firstIndex(of: viewSelection) ?? 0
    let next = max(
      0, min(selectable.count - 1, position.addingReportingOverflow(delta).partialValue))
    viewSelection = selectable[next]
    if viewSelection < viewTop + 1 { viewTop = max(0, viewSelection - 1) }
    if viewSelection >= viewTop + body { viewTop = viewSelection - body + 1 }
  }

  private mutating func openViewItem() {
    let rows = ViewContent.rows(for: self)
    guard rows.indices.contains(viewSelection), let item = rows[viewSelection].item else { return }
    switch item {
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
    }
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

  // MARK: The article list

  private mutating func listCommand(_ command: Command) -> Reaction {
    let body = geometry.bodyHeight - 1
    switch command {
    case .lineDown: moveListSelection(by: 1)
    case .lineUp: moveListSelection(by: -1)
    case .pageDown, .halfPageDown: moveListSelection(by: max(1, body))
    case .pageUp, .halfPageUp: moveListSelection(by: -max(1, body))
    case .top: listSelection = 0
    case .bottom: listSelection = max(0, articles.count - 1)
    case .open: openArticle(listSelection)
    case .nextArticle: moveListSelection(by: 1)
    case .previousArticle: moveListSelection(by: -1)
    case .close: return .quit
    default: break
    }
    return []
  }

  mutating func moveListSelection(by delta: Int) {
    listSelection = max(0, min(articles.count - 1, listSelection + delta))
  }

  // MARK: The picker and the prompt

  private mutating func pickerCommand(_ command: Command) -> Reaction {
    guard var picker else { return [] }
    let entries = SpeakerPickerContent.entries(for: self)
    switch command {
    case .lineDown, .nextQuote: picker.selection = min(entries.count - 1, picker.selection + 1)
    case .lineUp, .previousQuote: picker.selection = max(0, picker.selection - 1)
    case .pageDown, .halfPageDown: picker.selection = min(entries.count - 1, picker.selection + 10)
    case .pageUp, .halfPageUp: picker.selection = max(0, picker.selection - 10)
    case .top: picker.selection = 0
    case .bottom: picker.selection = max(0, entries.count - 1)
    case .deleteBackward:
      if !picker.query.isEmpty {
        picker.query.removeLast()
        picker.selection = 0
      }
    case .cancel, .close:
      self.picker = nil
      return []
    case .open:
      self.picker = nil
      guard entries.indices.contains(picker.selection) else {
        say("no speaker matches “\(picker.query)”", isError: true)
        return []
      }
      if let name = entries[picker.selection].name {
        setFilter(name)
      } else {
        speakerFilter = nil
        say("showing every quote")
      }
      return []
    case .quitNow: return .quit
    case .redraw: return .redrawAll
    default: break
    }
    self.picker = picker
    return []
  }

  private mutating func promptCommand(_ command: Command) -> Reaction {
    guard var prompt else { return [] }
    switch command {
    case .deleteBackward:
      if prompt.text.isEmpty { return promptCommand(.cancel) }
      prompt.text.removeLast()
      self.prompt = prompt
      previewSearch()
      return []
    case .cancel:
      self.prompt = nil
      if prompt.kind == .search {
        top = prompt.originTop
        search = prompt.originSearch
      }
      return []
    case .open:
      self.prompt = nil
      switch prompt.kind {
      case .search:
        top = prompt.originTop
        runSearch(prompt.text)
      case .command: return runPromptCommand(prompt.text)
      }
      return []
    case .redraw: return .redrawAll
    default: break
    }
    self.prompt = prompt
    return []
  }

  /// Runs a `:` command: `theme NAME`, `speaker NAME`, `q`.
  mutating func runPromptCommand(_ line: String) -> Reaction {
    let words = line.split(separator: " ", maxSplits: 1).map(String.init)
    guard let verb = words.first else { return [] }
    let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
    switch verb {
    case "q", "quit":
      return .quit
    case "theme", "colorscheme":
      if argument.isEmpty {
        say("theme \(themeName) (themes: \(themeNames.joined(separator: ", ")))")
      } else if themeNames.contains(argument) {
        themeName = argument
        say("theme \(argument)")
        return [.themeChanged, .redrawAll]
      } else {
        say("no theme “\(argument)” (themes: \(themeNames.joined(separator: ", ")))", isError: true)
      }
    case "speaker", "filter":
      if argument.isEmpty {
        speakerFilter = nil
        say("showing every quote")
      } else if let name = SpeakerPickerContent.bestMatch(argument, in: document.speakers) {
        if mode == .list { openArticle(listSelection) }
        view = .text
        setFilter(name)
      } else {
        say("no speaker matches “\(argument)”", isError: true)
      }
    case "help":
      if view != .help { openHelp() }
    default:
      if let command = Command(rawValue: verb) {
        return apply(.command(command))
      }
      say(
        "unknown command “\(verb)” (theme NAME, speaker NAME, q, or a command name from the help)",
        isError: true)
    }
    return []
  }

  // MARK: The mouse

  private mutating func click(row: Int, column: Int) -> Reaction {
    let g = geometry
    guard row >= g.bodyTop, row < g.bodyTop + g.bodyHeight else { return [] }
    let bodyRow = row - g.bodyTop
    if mode == .list {
      guard bodyRow >= 1 else { return [] }
      let index = listTop + bodyRow - 1
      if articles.indices.contains(index) { openArticle(index) }
      return []
    }
    if view != .text {
      let index = viewTop + bodyRow
      let rows = ViewContent.rows(for: self)
      if rows.indices.contains(index), rows[index].item != nil {
        viewSelection = index
        openViewItem()
      }
      return []
    }
    if g.paneVisible && column >= g.paneLeft && bodyRow >= 1 {
      let position = paneTop + (bodyRow - 1) / Geometry.paneEntryHeight
      let quotes = visibleQuotes
      if quotes.indices.contains(position) {
        selectedQuote = quotes[position]
        focus = .pane
        showQuote(quotes[position])
      }
      return []
    }
    let line = top + bodyRow
    if layout.lines.indices.contains(line) {
      let offset = layout.lines[line].start
      let end = layout.lines[line].end
      if let index = document.quotes.indices.first(where: { quote in
        document.quotes.spans(at: quote).contains { $0.start <= end && $0.end >= offset }
      }), visibleQuotes.contains(index) {
        selectedQuote = index
        keepSelectionInPane()
      }
    }
    return []
  }

  // MARK: Helpers

  mutating func say(_ text: String, isError: Bool = false) {
    message = Message(text: text, isError: isError)
  }

  /// The first key bound to `command`, for messages and hints.
  public func keyLabel(_ command: Command) -> String {
    keymap.keys(for: command).first?.label ?? ":\(command.name)"
  }
}

/// Case-insensitive search over scalars.
enum TextSearch {
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value < 0x80 {
      if scalar.value >= 0x41 && scalar.value <= 0x5A { return Unicode.Scalar(scalar.value + 32)! }
      return scalar
    }
    if scalar.properties.changesWhenLowercased,
      let first = scalar.properties.lowercaseMapping.unicodeScalars.first
    {
      return first
    }
    return scalar
  }

  static func find(_ needle: [Unicode.Scalar], in haystack: IndexedText) -> [TextRange] {
    let folded = needle.map(fold)
    guard !folded.isEmpty, haystack.count >= folded.count else { return [] }
    return haystack.withUTF8 { find(folded, inUTF8: $0) }
  }

  /// The matches of `folded` (already folded) in valid UTF-8, in scalar offsets.
  static func find(_ folded: [Unicode.Scalar], inUTF8 bytes: UnsafeBufferPointer<UInt8>)
    -> [TextRange]
  {
    var results: [TextRange] = []
    let first = folded[0]
    // ASCII that cannot start a match is skipped byte by byte (only non-ASCII
    // characters fold in other ways).
    let firstIsASCII = first.value < 0x80
    let lower = firstIsASCII ? UInt8(first.value) : 0
    let upper = lower >= 0x61 && lower <= 0x7A ? lower - 0x20 : lower
    var position = 0
    var index = 0
    while position < bytes.count {
      let byte = bytes[position]
      if firstIsASCII && byte < 0x80 && byte != lower && byte != upper {
        position += 1
        index += 1
        continue
      }
      let (scalar, length) = IndexedText.decode(bytes, at: position)
      if fold(scalar) == first {
        var ahead = position + length
        var k = 1
        while k < folded.count && ahead < bytes.count {
          let (next, nextLength) = IndexedText.decode(bytes, at: ahead)
          guard fold(next) == folded[k] else { break }
          ahead += nextLength
          k += 1
        }
        if k == folded.count {
          // A match continues after itself.
          results.append(TextRange(index, index + k))
          index += k
          position = ahead
          continue
        }
      }
      position += length
      index += 1
    }
    return results
  }
}
