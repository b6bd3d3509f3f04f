import QuothAnalysis

/// Draws the state into a new `Screen` of the state's size (a resize is an action that
/// `reduce` takes first). Pure: the terminal backend and `quoth --screen` both draw what
/// this returns.
public func render(_ state: ReaderState) -> Screen {
  var renderer = Renderer(state: state)
  renderer.draw()
  return renderer.screen
}

struct Renderer {
  let state: ReaderState
  let geometry: Geometry
  var screen: Screen

  init(state: ReaderState) {
    self.state = state
    geometry = state.geometry
    screen = Screen(width: state.size.width, height: state.size.height)
  }

  mutating func draw() {
    guard state.size.width >= 20, state.size.height >= 5 else {
      screen.write("window too small", row: 0, column: 0, style: .plain)
      return
    }
    drawTitle()
    if state.mode == .list {
      // The header stays; the articles scroll so the selected one is in view. Only the
      // rows on screen are built: a folder may hold thousands.
      drawRows(
        ViewContent.articleList(state, rows: max(0, geometry.bodyHeight - 1)), top: 0,
        selection: state.listSelection - state.listTop + 1)
    } else if state.view == .text {
      drawArticle()
      if geometry.paneVisible { drawPane() }
    } else {
      drawRows(
        ViewContent.rows(for: state), top: state.viewTop,
        selection: state.view == .help ? nil : state.viewSelection)
    }
    if state.picker != nil { drawPicker() }
    drawStatus()
    drawHints()
  }

  // MARK: Title

  mutating func drawTitle() {
    let width = screen.width
    var right = ""
    let count = state.articles.count
    var title = "quoth"
    // Only the file name, beside a headline: the first thing to go when space is short.
    var rightIsSpare = false
    if state.mode == .list || state.viewFromList {
      right = "\(count.grouped) articles"
    } else if let entry = state.openEntry {
      // The headline; on the right the site, byline and date (else the file name, once),
      // and where the article is in the list.
      let position = count > 1 ? "\((state.articleIndex + 1).grouped)/\(count.grouped)" : ""
      var details: [String] = []
      if let document = entry.document {
        title = document.title
        details = document.titleDetails
        if details.isEmpty && title != entry.fileName {
          details = [entry.fileName]
          rightIsSpare = true
        }
      } else {
        title = entry.name
      }
      right = details.joined(separator: " · ")
      if !position.isEmpty { right += right.isEmpty ? position : "  " + position }
    }
    // The headline comes first; the details take what it leaves, and a third at least.
    let left = width - CellWidth.of(title) - 5
    let room = rightIsSpare ? left : max(width / 3, left)
    let shownRight =
      rightIsSpare && CellWidth.of(right) > room
      ? "" : Text.truncated(right, to: min(CellWidth.of(right), room))
    let rightWidth = CellWidth.of(shownRight)
    screen.fill(row: 0, style: CellStyle(.title))
    screen.write(
      " " + Text.truncated(title, to: width - rightWidth - 4), row: 0, column: 0,
      style: CellStyle(.title))
    screen.write(
      shownRight, row: 0, column: width - rightWidth - 1, style: CellStyle(.title, .byline))
  }

  // MARK: Article text

  /// A styled range of text.
  struct Span {
    var start: Int
    var end: Int
    var style: StyleName
  }

  mutating func drawArticle() {
    let lines = state.layout.lines
    let document = state.document
    let bodyTop = geometry.bodyTop
    let height = geometry.bodyHeight
    let left = geometry.textLeft
    if let entry = state.openEntry, entry.document == nil {
      drawUnanalysed(entry)
      return
    }
    if lines.isEmpty || document.text.isEmpty {
      screen.write("(empty article)", row: bodyTop, column: left, style: CellStyle(.paneDim))
      return
    }
    let first = state.top
    let last = min(lines.count, first + height)
    guard first < last else { return }
    let rangeStart = lines[first].start
    let rangeEnd = lines[last - 1].end
    let spans = visibleSpans(from: rangeStart, to: rangeEnd)
    // The lines follow each other in the text: one walk through its bytes serves them all.
    let text = document.text
    let start = text.utf8Offset(at: rangeStart)
    text.withUTF8 { bytes in
      drawLines(first..<last, spans: spans, bytes: bytes, from: start, offset: rangeStart)
    }
  }

  /// Draws article lines, reading their text from `bytes` on from `start`, where scalar
  /// `offset` (the first line's start) begins.
  private mutating func drawLines(
    _ range: Range<Int>, spans: [Span], bytes: UnsafeBufferPointer<UInt8>, from start: Int,
    offset: Int
  ) {
    var position = start
    var positionOffset = offset
    let lines = state.layout.lines
    let bodyTop = geometry.bodyTop
    let left = geometry.textLeft
    let first = range.lowerBound
    let limit = min(
      geometry.articleWidth, left + geometry.textWidth + ArticleLayout.boilerplateIndent)
    var lineSpans: [Span] = []
    for index in range {
      let line = lines[index]
      let row = bodyTop + index - first
      guard let kind = line.kind else { continue }
      var base = CellStyle.plain
      switch kind {
      case .title: base.insert(.title)
      case .heading: base.insert(.heading)
      case .byline: base.insert(.byline)
      case .boilerplate: base.insert(.boilerplate)
      case .body: break
      }
      var column = left
      if kind == .boilerplate {
        screen.write("┆", row: row, column: column, style: base)
        column += line.indent
      }
      lineSpans.removeAll(keepingCapacity: true)
      for span in spans where span.start < line.end && span.end > line.start {
        lineSpans.append(span)
      }
      var writer = RowWriter(row: row, column: column, limit: limit)
      while positionOffset < line.start && position < bytes.count {
        position += IndexedText.decode(bytes, at: position).length
        positionOffset += 1
      }
      var offset = line.start
      while offset < line.end && position < bytes.count {
        var style = base
        for span in lineSpans where span.start <= offset && offset < span.end {
          style.insert(span.style)
        }
        let (scalar, length) = IndexedText.decode(bytes, at: position)
        if !writer.put(scalar, style: style, on: &screen) { break }
        position += length
        offset += 1
      }
      positionOffset = offset
    }
  }

  /// The article area for an article without its analysis: still pending, or unreadable.
  mutating func drawUnanalysed(_ entry: ArticleEntry) {
    let row = geometry.bodyTop
    let left = geometry.textLeft
    let limit = min(geometry.articleWidth, left + geometry.textWidth)
    switch entry.status {
    case .failed(let reason):
      screen.write(
        "This file could not be read:", row: row, column: left, style: CellStyle(.error),
        limit: limit)
      screen.write(reason, row: row + 1, column: left, style: .plain, limit: limit)
    default:
      var line = "Analysing \(entry.name)…"
      if let fraction = state.analysingFraction[state.articleIndex] {
        line += " \(Int(fraction * 100))%"
      }
      screen.write(line, row: row, column: left, style: CellStyle(.paneDim), limit: limit)
      screen.write(
        "It shows here as soon as it is ready.", row: row + 1, column: left,
        style: CellStyle(.paneDim), limit: limit)
    }
  }

  /// Entities, quotes and matches that overlap the visible text.
  func visibleSpans(from start: Int, to end: Int) -> [Span] {
    var spans: [Span] = []
    let document = state.document
    if state.showEntities {
      let entities = document.entities
      var index = firstIndex(in: entities.count) { entities.end(at: $0) > start }
      // Entities may nest or overlap; step back over any that started earlier.
      while index > 0 && entities.end(at: index - 1) > start { index -= 1 }
      while index < entities.count && entities.start(at: index) < end {
        if entities.end(at: index) > start {
          spans.append(
            Span(
              start: entities.start(at: index), end: entities.end(at: index),
              style: ViewContent.entityStyle(entities.type(at: index))))
        }
        index += 1
      }
    }
    let quotes = document.quotes
    let visible = state.visibleQuotes
    for quoteIndex in quotes.positions(overlapping: start, end) where visible.contains(quoteIndex) {
      for range in quotes.spans(at: quoteIndex) where range.start < end && range.end > start {
        spans.append(Span(start: range.start, end: range.end, style: .quote))
        if quoteIndex == state.selectedQuote {
          spans.append(Span(start: range.start, end: range.end, style: .quoteCurrent))
        }
      }
    }
    if let search = state.search {
      let matches = search.matches
      var index = firstIndex(in: matches.count) { matches[$0].end > start }
      while index < matches.count && matches[index].start < end {
        let range = matches[index]
        spans.append(
          Span(
            start: range.start, end: range.end,
            style: index == search.current ? .matchCurrent : .match))
        index += 1
      }
    }
    return spans
  }

  /// The first index in 0..<count for which `isAfter` holds (it must be monotonic).
  func firstIndex(in count: Int, where isAfter: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if isAfter(mid) { high = mid } else { low = mid + 1 }
    }
    return low
  }

  // MARK: Quotes pane

  mutating func drawPane() {
    let g = geometry
    let document = state.document
    let quotes = state.visibleQuotes
    for row in g.bodyTop..<(g.bodyTop + g.bodyHeight) {
      screen.write("│", row: row, column: g.articleWidth, style: CellStyle(.border))
    }
    let left = g.paneLeft + 1
    let right = g.paneLeft + g.paneWidth
    var header = "Quotes \(document.quotes.count)"
    if let filter = state.speakerFilter {
      header = "Quotes \(quotes.count)/\(document.quotes.count) · \(filter)"
    }
    var headerStyle = CellStyle(.pane, .paneHeader)
    if state.focus == .pane { headerStyle.insert(.selected) }
    screen.fill(row: g.bodyTop, from: g.paneLeft, to: right, style: headerStyle)
    screen.write(
      Text.truncated(header, to: right - left), row: g.bodyTop, column: left, style: headerStyle,
      limit: right)
    if quotes.isEmpty {
      let text = document.quotes.isEmpty ? "No quotes found." : "No quotes by this speaker."
      screen.write(text, row: g.bodyTop + 2, column: left, style: CellStyle(.paneDim), limit: right)
      return
    }
    var row = g.bodyTop + 1
    var position = state.paneTop
    let bottom = g.bodyTop + g.bodyHeight
    while position < quotes.count && row + Geometry.paneEntryHeight <= bottom {
      let quoteIndex = quotes[position]
      let selected = quotes[position] == state.selectedQuote
      var base = CellStyle(.pane)
      if selected { base.insert(.selected) }
      // A quote from a caption or an embed is dimmed, as its paragraph is in the article.
      if document.quotes.isOutsideStory(at: quoteIndex) { base.insert(.paneDim) }
      for r in row..<(row + Geometry.paneEntryHeight) {
        screen.fill(row: r, from: g.paneLeft, to: right, style: base)
      }
      var column = screen.write(
        String(document.quotes.id(at: quoteIndex)).leftPadded(to: 3) + " ", row: row,
        column: g.paneLeft,
        style: base.adding(.paneDim), limit: right)
      if let speaker = document.quotes.speaker(at: quoteIndex) {
        let color = document.colorIndex(of: speaker) ?? 0
        column = screen.write(
          speaker, row: row, column: column, style: base.adding(StyleName.speaker(color)),
          limit: right)
        if document.quotes.hasUncertainSpeaker(at: quoteIndex) {
          column = screen.write(
            " ?", row: row, column: column, style: base.adding(.paneDim), limit: right)
        }
      } else {
        column = screen.write(
          "(unattributed)", row: row, column: column, style: base.adding(.paneDim), limit: right)
      }
      if let repeated = document.quotes.repeatOf(at: quoteIndex) {
        screen.write(
          " ↻ repeats \(repeated)", row: row, column: column, style: base.adding(.paneDim),
          limit: right)
      }
      let shown = Text.snippet(document.quotes.text(at: quoteIndex), to: right - left - 3)
      screen.write(shown, row: row + 1, column: left + 3, style: base.adding(.quote), limit: right)
      row += Geometry.paneEntryHeight
      position += 1
    }
    if position < quotes.count && row < bottom {
      screen.write(
        "↓ \(quotes.count - position) more", row: bottom - 1, column: left,
        style: CellStyle(.paneDim), limit: right)
    }
  }

  // MARK: Views and the article list

  mutating func drawRows(_ rows: [ViewRow], top: Int, selection: Int?, keepingHeader: Bool = false)
  {
    let g = geometry
    let width = screen.width
    for index in 0..<g.bodyHeight {
      let rowIndex = keepingHeader && index == 0 ? 0 : top + index
      guard rows.indices.contains(rowIndex) else { break }
      let row = g.bodyTop + index
      let isSelected = rowIndex == selection && rows[rowIndex].item != nil
      if isSelected { screen.fill(row: row, from: 0, to: width, style: CellStyle(.selected)) }
      var column = 2
      for segment in rows[rowIndex].segments {
        var style = segment.style
        if isSelected { style.insert(.selected) }
        column = screen.write(
          segment.text, row: row, column: column, style: style, limit: width - 1)
      }
    }
  }

  // MARK: Speaker picker

  mutating func drawPicker() {
    guard let picker = state.picker else { return }
    let g = geometry
    let entries = state.pickerEntries
    let width = min(56, screen.width - 4)
    let height = min(max(entries.count, 1) + 4, g.bodyHeight)
    let left = (screen.width - width) / 2
    let top = g.bodyTop + max(0, (g.bodyHeight - height) / 3)
    let frame = CellStyle(.border)
    for row in top..<(top + height) {
      screen.fill(row: row, from: left, to: left + width, style: .plain)
    }
    screen.write(
      "╭" + String(repeating: "─", count: width - 2) + "╮", row: top, column: left, style: frame)
    screen.write(
      state.mode == .list ? " Articles quoting… " : " Filter quotes by speaker ", row: top,
      column: left + 2, style: CellStyle(.paneHeader))
    for row in (top + 1)..<(top + height - 1) {
      screen.write("│", row: row, column: left, style: frame)
      screen.write("│", row: row, column: left + width - 1, style: frame)
    }
    screen.write(
      "╰" + String(repeating: "─", count: width - 2) + "╯", row: top + height - 1, column: left,
      style: frame)
    let inner = left + 2
    let innerRight = left + width - 2
    var column = screen.write("› ", row: top + 1, column: inner, style: CellStyle(.prompt))
    column = screen.write(
      picker.query, row: top + 1, column: column, style: CellStyle(.prompt), limit: innerRight)
    screen.write(" ", row: top + 1, column: column, style: CellStyle(.selected), limit: innerRight)
    let visible = height - 4
    guard visible > 0 else { return }
    if entries.isEmpty {
      screen.write("no speaker matches", row: top + 2, column: inner, style: CellStyle(.paneDim))
      return
    }
    let first = max(0, min(picker.selection - visible + 1, entries.count - visible))
    for (offset, entry) in entries[first..<min(entries.count, first + visible)].enumerated() {
      let row = top + 2 + offset
      let selected = first + offset == picker.selection
      let base = selected ? CellStyle(.selected) : CellStyle.plain
      if selected { screen.fill(row: row, from: inner - 1, to: innerRight + 1, style: base) }
      let count = "\(entry.count)"
      let nameStyle =
        entry.color.map { base.adding(StyleName.speaker($0)) } ?? base.adding(.paneDim)
      let mark = entry.isUncertain ? " ?" : ""
      let end = screen.write(
        Text.truncated(
          entry.name ?? "All speakers", to: innerRight - inner - count.count - 2 - mark.count),
        row: row, column: inner, style: nameStyle, limit: innerRight)
      screen.write(mark, row: row, column: end, style: base.adding(.paneDim), limit: innerRight)
      screen.write(
        count, row: row, column: innerRight - count.count, style: base, limit: innerRight)
    }
  }

  // MARK: Status and hints

  mutating func drawStatus() {
    let row = geometry.statusRow
    let width = screen.width
    screen.fill(row: row, style: CellStyle(.status))
    var parts: [String] = []
    if state.mode == .list {
      let rows = state.listRowCount
      let shown = rows == 0 ? "-" : (state.listSelection + 1).grouped
      var place = "article \(shown)/\(rows.grouped)"
      if rows != state.articles.count { place += " of \(state.articles.count.grouped)" }
      parts.append(place)
      if !state.listFilter.isEmpty { parts.append("“\(state.listFilter)”") }
      if let speaker = state.listSpeaker { parts.append("quoting \(speaker)") }
      if state.listSort != .files { parts.append("by \(state.listSort.rawValue)") }
    } else if state.openEntry?.document == nil {
      parts.append(state.openEntry?.isPending == true ? "analysing" : "unreadable")
    } else if state.view == .text {
      let total = max(1, state.layout.lines.count)
      let shownEnd = min(total, state.top + geometry.bodyHeight)
      parts.append("line \(state.top + 1)/\(total) \(shownEnd * 100 / total)%")
      let quotes = state.visibleQuotes
      let position =
        state.selectedQuote.flatMap { quotes.firstIndex(of: $0) }.map { "\($0 + 1)" } ?? "-"
      var quotePart = "quote \(position)/\(quotes.count)"
      // Without the pane, the status line says who speaks.
      if !geometry.paneVisible, let selected = state.selectedQuote {
        quotePart += " " + (state.document.quotes.speaker(at: selected) ?? "(unattributed)")
      }
      parts.append(quotePart)
      if let filter = state.speakerFilter { parts.append("speaker: \(filter)") }
      if let search = state.search {
        parts.append("match \(search.current.map { "\($0 + 1)" } ?? "-")/\(search.matches.count)")
      }
      if state.focus == .pane { parts.append("[pane]") }
    } else {
      switch state.view {
      case .help: parts.append("help")
      case .speakers: parts.append("speakers")
      case .entities: parts.append("entities")
      case .occurrences(let canonical, _): parts.append("entities › \(canonical)")
      case .listSpeakers: parts.append("speakers across the list")
      case .speakerQuotes(let name): parts.append("quotes by \(name) across the list")
      case .links:
        let count = state.document.article.links.count
        parts.append(count == 1 ? "1 link" : "\(count.grouped) links")
      case .quote(let index):
        let quotes = state.visibleQuotes
        let position = quotes.firstIndex(of: index).map { "\($0 + 1)" } ?? "-"
        parts.append("quote \(position)/\(quotes.count)")
      case .text: break
      }
    }
    let progress = state.progress
    // The progress of a background analysis: in the list always, in an article until done.
    if progress.inBackground && (state.mode == .list || !progress.isComplete) {
      parts.append("analysed \(progress.finished.grouped)/\(progress.total.grouped)")
    }
    if progress.failed > 0 && state.mode == .list {
      parts.append("\(progress.failed.grouped) unreadable")
    }
    // A count being typed (`5` of `5j`).
    if let count = state.count { parts.append("count \(count)") }
    var column = screen.write(
      " " + parts.joined(separator: "   "), row: row, column: 0, style: CellStyle(.status))
    if let message = state.message {
      let style = message.isError ? CellStyle(.status, .error) : CellStyle(.status, .statusMessage)
      let text = Text.truncated(message.text, to: max(0, width - column - 4))
      column = max(column + 3, width - CellWidth.of(text) - 1)
      screen.write(text, row: row, column: column, style: style)
    }
  }

  mutating func drawHints() {
    let row = geometry.hintsRow
    let width = screen.width
    if let prompt = state.prompt {
      let lead = prompt.kind == .command ? ":" : "/"
      var column = screen.write(lead, row: row, column: 0, style: CellStyle(.prompt))
      let text = prompt.text
      let room = width - 2
      let shown = CellWidth.of(text) > room ? String(text.suffix(room)) : text
      column = screen.write(shown, row: row, column: column, style: CellStyle(.prompt))
      screen.write(" ", row: row, column: column, style: CellStyle(.selected))
      return
    }
    let hints: [(Command, String)]
    switch state.keyContext {
    case .picker:
      hints = [(.lineDown, "next"), (.lineUp, "previous"), (.open, "filter"), (.cancel, "cancel")]
      var column = screen.write(" type to narrow  ", row: row, column: 0, style: CellStyle(.hints))
      drawHintPairs(hints, from: &column, row: row)
      return
    case .list:
      hints = [
        (.lineDown, "down"), (.lineUp, "up"), (.open, "open"), (.search, "filter"),
        (.sortList, "sort"), (.pickSpeaker, "quoting"), (.help, "help"), (.close, "quit"),
      ]
    case .view:
      if state.view == .links {
        hints = [
          (.lineDown, "down"), (.lineUp, "up"), (.open, "read"), (.openInBrowser, "browser"),
          (.close, "back"),
        ]
      } else if case .quote = state.view {
        hints = [
          (.nextQuote, "next"), (.previousQuote, "previous"), (.open, "in the article"),
          (.close, "back"), (.help, "help"),
        ]
      } else {
        hints =
          state.view == .help
          ? [(.lineDown, "down"), (.lineUp, "up"), (.close, "back")]
          : [
            (.lineDown, "down"), (.lineUp, "up"), (.open, "open"), (.close, "back"),
            (.help, "help"),
          ]
      }
    case .pane:
      hints = [
        (.lineDown, "next"), (.lineUp, "previous"), (.open, "jump"), (.toggleFocus, "article"),
        (.pickSpeaker, "speaker"), (.close, "quit"),
      ]
    default:
      hints = [
        (.nextQuote, "next quote"), (.previousQuote, "previous"),
        geometry.paneVisible ? (.toggleFocus, "pane") : (.quoteDetail, "quote"),
        (.pickSpeaker, "speaker"),
        (.search, "search"), (.speakersView, "speakers"), (.entitiesView, "entities"),
        (.help, "help"),
        (.close, closeHint),
      ]
    }
    var column = 1
    drawHintPairs(hints, from: &column, row: row)
  }

  /// Where `q` goes from the article: back to the article whose link it is, the list, or out.
  private var closeHint: String {
    if state.followedLinks[state.articleIndex] != nil { return "back" }
    return state.articles.count - state.followedLinks.count > 1 ? "list" : "quit"
  }

  /// Draws the hints that fit, each a key and its label; help and quit (or back) stay
  /// while others are left out from the end.
  mutating func drawHintPairs(_ hints: [(Command, String)], from column: inout Int, row: Int) {
    let typing = state.keyContext == .picker || state.keyContext == .prompt
    var shown: [(key: Key, label: String, kept: Bool)] = hints.compactMap { command, label in
      let keys = state.keymap.shownKeys(for: command)
      guard let key = typing ? keys.first(where: { $0.insertedText == nil }) : keys.first else {
        return nil
      }
      return (key, label, command == .help || command == .close)
    }
    func need(_ hint: (key: Key, label: String, kept: Bool)) -> Int {
      CellWidth.of(hint.key.label) + 1 + CellWidth.of(hint.label) + 2
    }
    while column + shown.map(need).reduce(0, +) > screen.width,
      let last = shown.lastIndex(where: { !$0.kept })
    {
      shown.remove(at: last)
    }
    for (key, label, _) in shown {
      if column + need((key, label, true)) > screen.width { break }
      column = screen.write(
        key.label, row: row, column: column, style: CellStyle(.hints, .hintsKey))
      column = screen.write(" " + label + "  ", row: row, column: column, style: CellStyle(.hints))
    }
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
