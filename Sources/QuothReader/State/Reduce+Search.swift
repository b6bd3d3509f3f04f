import QuothAnalysis

// Searching the article.
extension ReaderState {
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
    if let prompt, prompt.kind == .filter {
      listFilter = prompt.text
      arrangeList()
      return
    }
    guard let prompt, prompt.kind == .search else { return }
    top = prompt.originTop
    find(prompt.text)
  }

  /// Runs a search for `query` and says so when nothing matches.
  mutating func runSearch(_ query: String) {
    if !find(query) && !query.isEmpty { say("no match for “\(query)”", isError: true) }
  }

  /// Searches for `query` (case-insensitive), highlights every match and shows the first
  /// from the top line on; false (and no search) when nothing matches.
  @discardableResult
  private mutating func find(_ query: String) -> Bool {
    let needle = Array(query.lowercased().unicodeScalars)
    let matches = needle.isEmpty ? [] : TextSearch.find(needle, in: document.text)
    guard !matches.isEmpty else {
      search = nil
      return false
    }
    let topOffset = layout.lines.indices.contains(top) ? layout.lines[top].start : 0
    let first = matches.firstIndex { $0.start >= topOffset } ?? 0
    search = Search(label: query, matches: matches, current: first)
    reveal(matches[first])
    return true
  }
}
