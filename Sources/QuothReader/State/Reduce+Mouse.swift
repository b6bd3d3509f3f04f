import QuothAnalysis

// Mouse clicks.
extension ReaderState {
  mutating func click(row: Int, column: Int) -> Reaction {
    let g = geometry
    guard row >= g.bodyTop, row < g.bodyTop + g.bodyHeight else { return [] }
    let bodyRow = row - g.bodyTop
    if mode == .list {
      guard bodyRow >= 1 else { return [] }
      if let index = article(atRow: listTop + bodyRow - 1) { openArticle(index) }
      return []
    }
    if view != .text {
      let index = viewTop + bodyRow
      let items = viewItems
      if items.indices.contains(index), items[index] != nil {
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
}
