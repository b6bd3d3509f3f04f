import QuothAnalysis

extension ReaderState {
  /// The first article the list shows: the list scrolls so the selection stays in view.
  public var listTop: Int { max(0, listSelection + 2 - geometry.bodyHeight) }

  /// Articles the user is waiting for, most wanted first: the open article while it is
  /// pending and the one after it, or the pending rows of the list on screen (the
  /// selected one first). The background analysis takes these before the rest.
  public var analysisWanted: [Int] {
    guard !progress.isComplete else { return [] }
    var wanted: [Int] = []
    func want(_ index: Int) {
      if articles.indices.contains(index), articles[index].isPending, !wanted.contains(index) {
        wanted.append(index)
      }
    }
    if mode == .article {
      want(articleIndex)
      want(articleIndex + 1)
    } else {
      let shown = max(0, geometry.bodyHeight - 1)
      for row in [listSelection] + Array(listTop..<(listTop + shown)) {
        if let index = article(atRow: row) { want(index) }
      }
    }
    return wanted
  }

  /// Folds one article's result into the list; when it is the open article, shows it
  /// where the reader left it. A second result for the same article is ignored.
  mutating func receive(_ index: Int, _ status: ArticleEntry.Status, document: ReaderDocument?) {
    guard articles.indices.contains(index), articles[index].isPending else { return }
    articles[index].status = status
    analysingFraction[index] = nil
    switch status {
    case .pending: return
    case .analysed: progress.analysed += 1
    case .failed: progress.failed += 1
    }
    rearrangeList(after: index)
    guard index == articleIndex else { return }
    self.document = document ?? .empty
    layout = ArticleLayout(document: self.document, width: 1)
    top = 0
    let place = places[index] ?? Place()
    relayout(keepingOffset: place.offset)
    keepSelectionInPane()
    if mode == .article && document != nil { markOpened(index) }
  }

  /// What to say instead of running `command` while the open article has no analysis
  /// (pending or unreadable); nil when the command can run.
  func waitingMessage(for command: Command) -> String? {
    guard let entry = openEntry, entry.document == nil else { return nil }
    switch command {
    case .close, .cancel, .nextArticle, .previousArticle, .help, .quitNow, .redraw, .suspend,
      .prompt, .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
      return nil
    default:
      if case .failed(let reason) = entry.status { return reason }
      return "\(entry.name) is still being analysed; it shows as soon as it is ready"
    }
  }
}

extension Int {
  /// The number with thousands separated by commas: 10,000.
  var grouped: String {
    let digits = String(magnitude)
    var out = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return self < 0 ? "-" + out : out
  }
}
